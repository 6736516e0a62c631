package dev.connectorconsole.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * How the connector writes a resource id into a path segment (scc-api.md §4.4), in this order: {@code +} → {@code +2B},
 * {@code -} → {@code +2D}, {@code /} → {@code -}. The sandbox's own copy, so that the client's encoder is tested against
 * an independent decoder. Also the percent-encoding of path segments in the links the sandbox writes.
 */
final class ResourceIdCodec {
    private ResourceIdCodec() {}

    static String encode(String id) {
        return id.replace("+", "+2B").replace("-", "+2D").replace("/", "-");
    }

    /** The id of an (already percent-decoded) path segment; 400 for a {@code +} not followed by 2B or 2D. */
    static String decode(String segment) {
        StringBuilder id = new StringBuilder(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '-') {
                id.append('/');
            } else if (c == '+') {
                String code = segment.length() >= i + 3 ? segment.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT) : "";
                if (code.equals("2B")) {
                    id.append('+');
                } else if (code.equals("2D")) {
                    id.append('-');
                } else {
                    throw ApiException.invalidRequest("Resource id '" + segment + "' is not correctly encoded: '+' must be "
                            + "followed by 2B or 2D");
                }
                i += 2;
            } else {
                id.append(c);
            }
        }
        return id.toString();
    }

    /** Percent-encodes a path segment, keeping RFC 3986 pchar characters (so {@code host:port} and {@code +2B} stay). */
    static String pathSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
