package dev.connectorconsole.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connector times: epoch milliseconds in current versions (0 = never), formatted strings such as
 * "2021-02-17T12:44:10.546 +0100" or "2019-01-28 11:26:02,584 +0100" in older ones. A string without an offset is
 * read as UTC (the connector's container runs in UTC). Anything unreadable becomes null rather than failing the call.
 */
final class Timestamps {
    private static final Pattern FORMATTED = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})(?:[.,](\\d{1,9}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private Timestamps() {}

    static Instant fromMillis(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual() && !node.asText().strip().matches("-?\\d+")) {
            return fromText(node.asText());
        }
        long millis = node.asLong(0);
        return millis > 0 ? Instant.ofEpochMilli(millis) : null;
    }

    static Instant fromAny(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? fromMillis(node) : fromText(node.asText());
    }

    static Instant fromText(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMATTED.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            String fraction = m.group(3) == null ? "" : "." + m.group(3);
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + fraction,
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            ZoneOffset offset = m.group(4) == null ? ZoneOffset.UTC : ZoneOffset.of(withColon(m.group(4)));
            return local.toInstant(offset);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String withColon(String offset) {
        if (offset.equals("Z") || offset.contains(":")) {
            return offset;
        }
        return offset.substring(0, 3) + ":" + offset.substring(3);
    }
}
