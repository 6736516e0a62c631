package dev.connectorconsole.connector;

import java.util.List;

/** Log and trace levels of the connector ({@code logAndTrace}); only the fields the console changes. */
public record LogAndTraceLevels(String sccLogLevel, String otherLogLevel, int cpicTraceLevel, boolean tlsTrace) {
    public static final List<String> LEVELS = List.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");
}
