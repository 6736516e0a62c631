package dev.connectorconsole.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of a {@code multipart/form-data} body (RFC 7578), by name; the first field of a name wins. */
final class MultipartForm {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");

    private final Map<String, byte[]> fields;

    private MultipartForm(Map<String, byte[]> fields) {
        this.fields = fields;
    }

    static boolean isMultipart(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals("multipart/form-data");
    }

    /** 400 INVALID_REQUEST when the body is not multipart form data. */
    static MultipartForm parse(String contentType, byte[] body) {
        if (!isMultipart(contentType)) {
            throw ApiException.invalidRequest("The request must be multipart/form-data with the parts 'backup' and 'password'");
        }
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            throw ApiException.invalidRequest("The multipart request names no boundary");
        }
        String boundary = boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(3);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> fields = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // the closing delimiter
            }
            int headersStart = skipLineBreak(body, start);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                throw ApiException.invalidRequest("The multipart request is malformed");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                fields.putIfAbsent(name.group(1), Arrays.copyOfRange(body, headersEnd + 4, next));
            }
            at = next + 2;
        }
        return new MultipartForm(fields);
    }

    /** The field's bytes, or null when the form has no such field. */
    byte[] field(String name) {
        return fields.get(name);
    }

    private static int skipLineBreak(byte[] body, int index) {
        return index + 1 < body.length && body[index] == '\r' && body[index + 1] == '\n' ? index + 2 : index;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
