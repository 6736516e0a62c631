package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Reassembles the byte chunks of a container's output streams into lines. Chunks may end anywhere, even inside a
 * multi-byte UTF-8 character: each stream keeps its unfinished line as bytes and decodes only whole lines, so a
 * character split across chunks is never garbled. {@code \n} and {@code \r\n} end a line; {@link #flush()} hands out
 * what is left when the stream ends. With time stamps on, the engine's time stamp at the start of each line is parsed
 * and removed from the text. Not thread-safe: one assembler per stream reader.
 */
public final class LineAssembler {

    /** A line longer than this is handed out in pieces, so a stream that never ends a line cannot grow memory. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** Receives each finished line. */
    @FunctionalInterface
    public interface LineSink {
        void line(LogSource source, Instant timestamp, String text, List<StyledRun> runs);
    }

    private final boolean timestamps;
    private final LogSource stdoutSource;
    private final LogSource stderrSource;
    private final LineSink sink;
    private final Pending stdout = new Pending();
    private final Pending stderr = new Pending();

    /** Lines of stdout (and of a TTY's raw stream) and stderr, labelled as such. */
    public LineAssembler(boolean timestamps, LineSink sink) {
        this(timestamps, LogSource.STDOUT, LogSource.STDERR, sink);
    }

    /** Lines of each stream labelled with the given sources (a trace file read through exec is TRACE on both). */
    public LineAssembler(boolean timestamps, LogSource stdoutSource, LogSource stderrSource, LineSink sink) {
        this.timestamps = timestamps;
        this.stdoutSource = stdoutSource;
        this.stderrSource = stderrSource;
        this.sink = sink;
    }

    public void accept(Frame frame) {
        byte[] payload = frame.getPayload();
        accept(frame.getStreamType(), payload, 0, payload.length);
    }

    public void accept(StreamType type, byte[] bytes, int offset, int length) {
        if (type == StreamType.STDIN) {
            return;
        }
        Pending pending = type == StreamType.STDERR ? stderr : stdout;
        LogSource source = type == StreamType.STDERR ? stderrSource : stdoutSource;
        int i = offset;
        int end = offset + length;
        if (timestamps && pending.length > 0 && type != StreamType.RAW) {
            // The engine splits lines longer than 16 KiB into several messages, each with its own time stamp.
            i = afterTimestamp(bytes, i, end, i);
        }
        while (i < end) {
            int newline = indexOfNewline(bytes, i, end);
            if (newline < 0) {
                pending.append(bytes, i, end - i);
                emitOverlong(pending, source);
                return;
            }
            if (pending.length == 0) {
                emit(source, bytes, i, newline);
            } else {
                pending.append(bytes, i, newline - i);
                emit(source, pending.bytes, 0, pending.length);
                pending.clear();
            }
            i = newline + 1;
        }
    }

    /** Hands out the unfinished line of each stream, if any. */
    public void flush() {
        if (stdout.length > 0) {
            emit(stdoutSource, stdout.bytes, 0, stdout.length);
            stdout.clear();
        }
        if (stderr.length > 0) {
            emit(stderrSource, stderr.bytes, 0, stderr.length);
            stderr.clear();
        }
    }

    private void emitOverlong(Pending pending, LogSource source) {
        while (pending.length >= MAX_LINE_BYTES) {
            int cut = MAX_LINE_BYTES;
            while (cut > 0 && (pending.bytes[cut] & 0xC0) == 0x80) {
                cut--; // never cut inside a UTF-8 character
            }
            if (cut == 0) {
                cut = MAX_LINE_BYTES; // not UTF-8 anyway
            }
            emit(source, pending.bytes, 0, cut);
            pending.dropFirst(cut);
        }
    }

    private void emit(LogSource source, byte[] bytes, int from, int to) {
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        Instant timestamp = null;
        if (timestamps) {
            int space = indexOfSpace(bytes, from, Math.min(to, from + 40));
            int tsEnd = space < 0 ? to : space;
            timestamp = EngineTimestamps.parse(bytes, from, tsEnd);
            if (timestamp != null) {
                from = space < 0 ? to : space + 1;
            }
        }
        String raw = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (AnsiText.hasEscapes(raw)) {
            StyledText styled = AnsiText.parse(raw);
            sink.line(source, timestamp, styled.text(), styled.runs());
        } else {
            sink.line(source, timestamp, raw, List.of());
        }
    }

    /** Index after a leading "time stamp + space" at {@code from}, or {@code otherwise} when there is none. */
    private static int afterTimestamp(byte[] bytes, int from, int end, int otherwise) {
        int space = indexOfSpace(bytes, from, Math.min(end, from + 40));
        if (space > 0 && EngineTimestamps.parse(bytes, from, space) != null) {
            return space + 1;
        }
        return otherwise;
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfSpace(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of one stream's unfinished line. */
    private static final class Pending {
        byte[] bytes = new byte[256];
        int length;

        void append(byte[] source, int from, int count) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(source, from, bytes, length, count);
            length += count;
        }

        void dropFirst(int count) {
            System.arraycopy(bytes, count, bytes, 0, length - count);
            length -= count;
        }

        void clear() {
            length = 0;
            if (bytes.length > 4 * MAX_LINE_BYTES) {
                bytes = new byte[256];
            }
        }
    }
}
