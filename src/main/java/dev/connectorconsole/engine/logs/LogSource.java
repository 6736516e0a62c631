package dev.connectorconsole.engine.logs;

/** Where a log line came from: the container's standard streams or the connector's trace file. */
public enum LogSource {
    STDOUT,
    STDERR,
    TRACE
}
