package dev.connectorconsole.engine.logs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The engine's RFC 3339 time stamps ({@code 2026-11-25T02:09:47.123456789Z}, fraction optional, {@code Z} or an
 * offset), parsed straight from the bytes of a log line: this runs once per line, so it avoids strings and formatters.
 */
final class EngineTimestamps {

    /** The engine's own fixed-width form, nine fraction digits, UTC. */
    static final DateTimeFormatter FIXED_NANOS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final int MIN_LENGTH = "2006-01-02T15:04:05Z".length();

    private EngineTimestamps() {}

    /**
     * Parses the time stamp that starts at {@code from} and ends before {@code to}. Returns null when the bytes are not
     * exactly one such time stamp.
     */
    static Instant parse(byte[] b, int from, int to) {
        if (to - from < MIN_LENGTH
                || b[from + 4] != '-' || b[from + 7] != '-' || (b[from + 10] != 'T' && b[from + 10] != 't')
                || b[from + 13] != ':' || b[from + 16] != ':') {
            return null;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int i = from + 19;
        int nanos = 0;
        if (i < to && b[i] == '.') {
            i++;
            int fractionDigits = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                if (fractionDigits < 9) {
                    nanos = nanos * 10 + (b[i] - '0');
                }
                fractionDigits++;
                i++;
            }
            if (fractionDigits == 0) {
                return null;
            }
            for (int d = fractionDigits; d < 9; d++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == to - 1 && (b[i] == 'Z' || b[i] == 'z')) {
            offsetSeconds = 0;
        } else if (i == to - 6 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
            int offsetHours = digits(b, i + 1, 2);
            int offsetMinutes = digits(b, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (b[i] == '-' ? -1 : 1);
        } else {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    static String format(Instant instant) {
        return FIXED_NANOS.format(instant);
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
