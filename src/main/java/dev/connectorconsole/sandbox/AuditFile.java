package dev.connectorconsole.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector's audit log, one CSV file a day: {@code log/audit/audit-log_<yyyy-MM-dd>.csv}, rows
 * {@code <yyyy-MM-dd HH:mm:ss,SSS +ZZZZ>,<TYPE>,<description>} as Splunk's parser of the real files reads them
 * (scc-operations.md §1: the full column order is not documented, and the sandbox does not sign its files). A file
 * stops growing at {@link #MAX_BYTES}; the next day starts a new one.
 */
final class AuditFile {
    static final String FOLDER = "audit";
    static final long MAX_BYTES = 5L << 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final Logger LOG = LoggerFactory.getLogger(AuditFile.class);

    private final Path folder;
    private final Clock clock;
    private final long maxBytes;

    AuditFile(Path logDir, Clock clock, long maxBytes) {
        this.folder = logDir.resolve(FOLDER);
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The file of today's rows. */
    Path file() {
        return file(clock.instant().atZone(clock.getZone()));
    }

    private Path file(ZonedDateTime now) {
        return folder.resolve("audit-log_" + DAY.format(now) + ".csv");
    }

    synchronized void record(String type, String description) {
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        Path file = file(now);
        byte[] row = (TraceFile.TIMESTAMP.format(now) + "," + type + "," + csv(TraceFile.oneLine(description)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(folder);
            if (Files.exists(file) && Files.size(file) + row.length > maxBytes) {
                return;
            }
            Files.write(file, row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot write the sandbox audit log {}: {}", file, e.getMessage());
        }
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
