package dev.connectorconsole.ui.logs;

import dev.connectorconsole.app.LogStreams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.engine.logs.LogOptions;
import dev.connectorconsole.engine.logs.LogSource;

/** LogStreams for tests: remembers what was opened and lets the test append lines to the real LogBuffer. */
final class FakeFeed implements LogStreams {
    final List<Kind> opened = new ArrayList<>();
    final List<LogOptions> options = new ArrayList<>();
    final List<Boolean> closed = new ArrayList<>();
    LogBuffer buffer;

    final List<CompletableFuture<Void>> finished = new ArrayList<>();
    volatile String problem;
    volatile String endReason;

    @Override
    public Following follow(Kind kind, LogOptions options, LogBuffer buffer) {
        opened.add(kind);
        this.options.add(options);
        this.buffer = buffer;
        int index = closed.size();
        closed.add(false);
        CompletableFuture<Void> end = new CompletableFuture<>();
        finished.add(end);
        return new Following() {
            @Override public CompletableFuture<Void> finished() { return end; }
            @Override public void close() { closed.set(index, true); }
            @Override public java.util.Optional<String> problem() { return java.util.Optional.ofNullable(problem); }
            @Override public java.util.Optional<String> endReason() { return java.util.Optional.ofNullable(endReason); }
        };
    }

    @Override
    public long export(Path file, boolean timestamps) throws Exception {
        List<String> text = buffer.snapshot().stream().map(LogLine::text).toList();
        Files.write(file, text);
        return text.size();
    }

    @Override
    public String containerName() {
        return "scc-test";
    }

    void append(String... texts) {
        List<LogLine> lines = new ArrayList<>();
        for (String text : texts) {
            lines.add(new LogLine(0, null, LogSource.STDOUT, text, List.of()));
        }
        buffer.append(lines);
    }
}
