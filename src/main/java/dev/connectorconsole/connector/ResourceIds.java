package dev.connectorconsole.connector;

/**
 * The connector's encoding of a system-mapping resource id in a URL path segment (scc-api.md §4.4), applied in this
 * order: {@code +} → {@code +2B}, {@code -} → {@code +2D}, {@code /} → {@code -}. So {@code /} is addressed as {@code -}
 * and {@code /a-b+c} as {@code -a+2Db+2Bc}. Percent-encoding of what remains (spaces, non-ASCII) is the URL builder's
 * job, after this. The only place the client encodes or decodes resource ids.
 */
public final class ResourceIds {
    private ResourceIds() {}

    public static String encode(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("A resource id must not be empty");
        }
        return id.replace("+", "+2B").replace("-", "+2D").replace("/", "-");
    }

    /** The id an encoded segment stands for; IllegalArgumentException for a {@code +} not followed by 2B or 2D. */
    public static String decode(String segment) {
        StringBuilder id = new StringBuilder(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '-') {
                id.append('/');
            } else if (c == '+') {
                String code = segment.regionMatches(true, i + 1, "2B", 0, 2) ? "+"
                        : segment.regionMatches(true, i + 1, "2D", 0, 2) ? "-" : null;
                if (code == null) {
                    throw new IllegalArgumentException("'+' must be followed by 2B or 2D in an encoded resource id");
                }
                id.append(code);
                i += 2;
            } else {
                id.append(c);
            }
        }
        return id.toString();
    }
}
