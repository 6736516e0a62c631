package dev.connectorconsole.connector;

import java.util.List;

/** The audit log level ({@code OFF}, {@code SECURITY}, {@code ALL}) and after how many days it is cleaned up (0 = never). */
public record AuditLogSettings(String level, int cleanupDays) {
    public static final List<String> LEVELS = List.of("OFF", "SECURITY", "ALL");
    public static final List<Integer> CLEANUP_DAYS = List.of(0, 14, 30, 90, 180, 365);
}
