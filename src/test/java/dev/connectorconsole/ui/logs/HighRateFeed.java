package dev.connectorconsole.ui.logs;

import dev.connectorconsole.app.LogStreams;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.engine.logs.LogOptions;
import dev.connectorconsole.engine.logs.LogSource;
import dev.connectorconsole.engine.logs.StyledRun;

/**
 * Feeds a real LogBuffer from its own thread at a fixed rate, like a chatty container: every tenth line is an ERROR
 * with a red run, the others INFO. Used by the logs UI test and the pulse-gap benchmark.
 */
public final class HighRateFeed implements LogStreams {
    private final int linesPerSecond;
    private final long limit;
    private final AtomicLong produced = new AtomicLong();

    public HighRateFeed(int linesPerSecond, long limit) {
        this.linesPerSecond = linesPerSecond;
        this.limit = limit;
    }

    public long produced() {
        return produced.get();
    }

    @Override
    public Following follow(Kind kind, LogOptions options, LogBuffer buffer) {
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> end = new CompletableFuture<>();
        Thread producer = new Thread(() -> {
            produce(buffer, running);
            end.complete(null);
        }, "cc-test-log-producer");
        producer.setDaemon(true);
        producer.start();
        return new Following() {
            @Override public CompletableFuture<Void> finished() { return end; }
            @Override public void close() {
                running.set(false);
                producer.interrupt();
            }
        };
    }

    private void produce(LogBuffer buffer, AtomicBoolean running) {
        int perBatch = Math.max(1, linesPerSecond / 100);
        long start = System.nanoTime();
        long batches = 0;
        while (running.get() && produced.get() < limit) {
            List<LogLine> batch = new ArrayList<>(perBatch);
            for (int i = 0; i < perBatch; i++) {
                long n = produced.incrementAndGet();
                batch.add(line(n));
            }
            buffer.append(batch);
            batches++;
            long due = start + batches * 10_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    public static LogLine line(long n) {
        if (n % 10 == 0) {
            String text = "ERROR [worker-" + (n % 7) + "] request " + n + " failed: connection reset by peer";
            return new LogLine(0, Instant.now(), LogSource.STDERR, text, List.of(new StyledRun(0, 5, "ansi-bold ansi-red")));
        }
        String text = "INFO  [worker-" + (n % 7) + "] handled request " + n + " in " + (n % 97) + " ms";
        return new LogLine(0, Instant.now(), LogSource.STDOUT, text, List.of(new StyledRun(0, 4, "ansi-green")));
    }

    @Override
    public long export(Path file, boolean timestamps) {
        throw new UnsupportedOperationException("the high-rate feed has no engine behind it");
    }

    @Override
    public String containerName() {
        return "busy-container";
    }
}
