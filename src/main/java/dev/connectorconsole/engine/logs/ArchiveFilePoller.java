package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Follows a file in a container that has no shell (the sandbox image is {@code FROM scratch}): every poll it copies
 * the file through the engine's archive API and hands on only the complete lines added since the last poll. A file
 * that shrank or whose beginning changed was rotated or truncated: it is read again from its start. Polling ends when
 * the container no longer runs, the engine fails, or {@link #stop()} is called; a missing file is waited for.
 */
final class ArchiveFilePoller {
    static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final int FINGERPRINT_BYTES = 256;

    private final DockerClient docker;
    private final String container;
    private final String file;
    private final Integer tail;
    private final Duration interval;
    private final Consumer<List<String>> lines;
    private final Consumer<String> problem;
    private long offset = -1;
    private byte[] fingerprint = new byte[0];
    private volatile boolean stopped;

    ArchiveFilePoller(DockerClient docker, String container, String file, Integer tail, Duration interval,
                      Consumer<List<String>> lines, Consumer<String> problem) {
        this.docker = docker;
        this.container = container;
        this.file = file;
        this.tail = tail;
        this.interval = interval;
        this.lines = lines;
        this.problem = problem;
    }

    /** Polls on the calling thread until the container stops, the engine fails (thrown) or {@link #stop()}. */
    void run() throws InterruptedException {
        while (!stopped) {
            Boolean running = docker.inspectContainerCmd(container).exec().getState().getRunning();
            if (!Boolean.TRUE.equals(running)) {
                return;
            }
            byte[] content = read();
            if (content == null) {
                problem.accept(FollowEnd.missingFile(file));
            } else {
                problem.accept(null);
                List<String> fresh = newLines(content);
                if (!fresh.isEmpty() && !stopped) {
                    lines.accept(fresh);
                }
            }
            Thread.sleep(interval.toMillis());
        }
    }

    void stop() {
        stopped = true;
    }

    /** The file's bytes, or null when it does not exist. */
    private byte[] read() {
        try (InputStream tar = docker.copyArchiveFromContainerCmd(container, file).exec();
             TarArchiveInputStream entries = new TarArchiveInputStream(tar)) {
            TarArchiveEntry entry = entries.getNextEntry();
            if (entry == null || !entry.isFile()) {
                return null;
            }
            return entries.readAllBytes();
        } catch (NotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + " from " + container + ": " + e.getMessage(), e);
        }
    }

    /** The complete lines after what was handed on before; a partial last line waits for the next poll. */
    List<String> newLines(byte[] content) {
        byte[] start = Arrays.copyOf(content, Math.min(FINGERPRINT_BYTES, content.length));
        boolean sameFile = offset >= 0 && content.length >= offset
                && Arrays.equals(start, 0, Math.min(start.length, fingerprint.length),
                        fingerprint, 0, Math.min(start.length, fingerprint.length));
        if (offset < 0) {
            offset = tail == null ? 0 : startOfLastLines(content, tail);
        } else if (!sameFile) {
            offset = 0;
        }
        fingerprint = start;
        List<String> fresh = new ArrayList<>();
        int lineStart = (int) offset;
        for (int i = lineStart; i < content.length; i++) {
            if (content[i] == '\n') {
                int end = i > lineStart && content[i - 1] == '\r' ? i - 1 : i;
                fresh.add(new String(content, lineStart, end - lineStart, StandardCharsets.UTF_8));
                lineStart = i + 1;
            }
        }
        offset = lineStart;
        return fresh;
    }

    private static long startOfLastLines(byte[] content, int count) {
        int end = content.length;
        while (end > 0 && content[end - 1] != '\n') {
            end--; // a partial last line is not counted; it comes with the next poll
        }
        if (count <= 0) {
            return end;
        }
        int seen = 0;
        for (int i = end - 2; i >= 0; i--) {
            if (content[i] == '\n' && ++seen == count) {
                return i + 1;
            }
        }
        return 0;
    }
}
