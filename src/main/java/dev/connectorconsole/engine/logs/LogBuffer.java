package dev.connectorconsole.engine.logs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The most recent lines of a log, bounded: when full, each new line pushes out the oldest. Every appended line gets
 * the next sequence number (1, 2, 3, ...), which never goes back, not even after {@link #clear()}; a view remembers
 * the last number it showed and pulls what came after with {@link #after(long, int)}. Thread-safe.
 */
public final class LogBuffer {

    public static final int DEFAULT_CAPACITY = 100_000;

    private final LogLine[] ring;
    private long nextSeq = 1;
    private int size;
    private long dropped;

    public LogBuffer() {
        this(DEFAULT_CAPACITY);
    }

    public LogBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.ring = new LogLine[capacity];
    }

    /** Appends the lines in order, numbering them; their own {@code seq} is ignored. */
    public synchronized void append(List<LogLine> lines) {
        for (LogLine line : lines) {
            long seq = nextSeq++;
            ring[slot(seq)] = line.withSeq(seq);
            if (size < ring.length) {
                size++;
            } else {
                dropped++;
            }
        }
    }

    /** Up to {@code max} lines with a sequence number greater than {@code seq}, oldest first. */
    public synchronized List<LogLine> after(long seq, int max) {
        if (max <= 0 || size == 0) {
            return List.of();
        }
        long from = Math.max(seq + 1, firstSeqLocked());
        long to = Math.min(nextSeq, from + max);
        return copy(from, to);
    }

    /** All lines held, oldest first. */
    public synchronized List<LogLine> snapshot() {
        return size == 0 ? List.of() : copy(firstSeqLocked(), nextSeq);
    }

    public synchronized int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** Sequence number of the newest line ever appended, 0 before the first. */
    public synchronized long lastSeq() {
        return nextSeq - 1;
    }

    /** How many lines were pushed out because the buffer was full (since creation or the last clear). */
    public synchronized long dropped() {
        return dropped;
    }

    /** Forgets all lines; numbering continues where it was. */
    public synchronized void clear() {
        Arrays.fill(ring, null);
        size = 0;
        dropped = 0;
    }

    private long firstSeqLocked() {
        return nextSeq - size;
    }

    private int slot(long seq) {
        return (int) ((seq - 1) % ring.length);
    }

    private List<LogLine> copy(long from, long to) {
        if (from >= to) {
            return List.of();
        }
        List<LogLine> lines = new ArrayList<>((int) (to - from));
        for (long s = from; s < to; s++) {
            lines.add(ring[slot(s)]);
        }
        return Collections.unmodifiableList(lines);
    }
}
