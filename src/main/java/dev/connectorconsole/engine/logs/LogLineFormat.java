package dev.connectorconsole.engine.logs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a log line's time stamp is written on screen and when copied. */
public final class LogLineFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private LogLineFormat() {}

    public static String timestamp(Instant instant) {
        return TIME.format(instant);
    }
}
