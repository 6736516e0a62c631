package dev.connectorconsole.sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connector's trace file {@code log/scc_core.trc} in the format SCC 2.19 writes (scc-operations.md §1):
 * {@code <yyyy-MM-dd HH:mm:ss,SSS +ZZZZ>#<LEVEL>#<logger>#<thread>#<connection id>#<message>}, an unused connection id
 * padded with spaces, a stack trace on the lines after its record. At {@link #MAX_BYTES} the file rolls over to
 * {@code scc_core.trc.1} … {@code .19} (the real one keeps 20 files; its rolled-over names are not documented).
 */
final class TraceFile {
    static final String FILE_NAME = "scc_core.trc";
    static final String HEADER = "Entry format: Timestamp#Level#Logger name#Thread name#Connection ID#Message";
    static final long MAX_BYTES = 5L << 20;
    static final int KEEP_FILES = 20;
    static final String NO_CONNECTION = "          ";
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS Z", Locale.ROOT);
    private static final Logger LOG = LoggerFactory.getLogger(TraceFile.class);

    private final Path file;
    private final Clock clock;
    private final long maxBytes;

    TraceFile(Path logDir, Clock clock, long maxBytes) {
        this.file = logDir.resolve(FILE_NAME);
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    Path file() {
        return file;
    }

    void info(String logger, String message) {
        write("INFO", logger, message, null);
    }

    void warn(String logger, String message) {
        write("WARN", logger, message, null);
    }

    void error(String logger, String message, Throwable failure) {
        write("ERROR", logger, message, failure);
    }

    private synchronized void write(String level, String logger, String message, Throwable failure) {
        StringBuilder record = new StringBuilder()
                .append(TIMESTAMP.format(clock.instant().atZone(clock.getZone()))).append('#').append(level)
                .append('#').append(logger).append('#').append(Thread.currentThread().getName())
                .append('#').append(NO_CONNECTION).append('#').append(oneLine(message)).append('\n');
        if (failure != null) {
            StringWriter stack = new StringWriter();
            failure.printStackTrace(new PrintWriter(stack));
            record.append(stack.toString().replace("\r", ""));
        }
        byte[] bytes = record.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) + bytes.length > maxBytes) {
                rollOver();
            }
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
            }
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot write the sandbox trace {}: {}", file, e.getMessage());
        }
    }

    private void rollOver() throws IOException {
        Files.deleteIfExists(rolled(KEEP_FILES - 1));
        for (int i = KEEP_FILES - 2; i >= 1; i--) {
            if (Files.exists(rolled(i))) {
                Files.move(rolled(i), rolled(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rolled(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path rolled(int index) {
        return file.resolveSibling(FILE_NAME + "." + index);
    }

    static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    static Clock systemClock() {
        return Clock.system(ZoneId.systemDefault());
    }
}
