package dev.connectorconsole.ui.logs;

import java.util.BitSet;

import dev.connectorconsole.engine.logs.LogLine;

/**
 * Which lines of a snapshot match a search, found by one scan off the FX thread. Lines the scan did not see (they
 * arrived later) are matched on demand; they come in small batches. Immutable.
 */
public final class LogMatches {
    static final LogMatches NONE = new LogMatches(LogSearch.NONE, 1, 0, new BitSet(), 0, "");

    private final LogSearch search;
    private final long firstSeq;
    private final long lastSeq;
    private final BitSet matching;
    private final int count;
    private final String scannedOn;

    private LogMatches(LogSearch search, long firstSeq, long lastSeq, BitSet matching, int count, String scannedOn) {
        this.search = search;
        this.firstSeq = firstSeq;
        this.lastSeq = lastSeq;
        this.matching = matching;
        this.count = count;
        this.scannedOn = scannedOn;
    }

    /** Scans {@code lines} (ordered by sequence number); stops with InterruptedException when superseded. */
    static LogMatches scan(LogSearch search, LogLine[] lines) throws InterruptedException {
        String thread = Thread.currentThread().getName();
        if (!search.isActive() || lines.length == 0) {
            return new LogMatches(search, 1, 0, new BitSet(), 0, thread);
        }
        long first = lines[0].seq();
        BitSet matching = new BitSet();
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            if ((i & 0xFFF) == 0 && Thread.interrupted()) {
                throw new InterruptedException("a newer search replaced this one");
            }
            if (search.matches(lines[i].text())) {
                matching.set((int) (lines[i].seq() - first));
                count++;
            }
        }
        return new LogMatches(search, first, lines[lines.length - 1].seq(), matching, count, thread);
    }

    public boolean matches(LogLine line) {
        long seq = line.seq();
        if (seq >= firstSeq && seq <= lastSeq) {
            return matching.get((int) (seq - firstSeq));
        }
        return search.matches(line.text());
    }

    public LogSearch search() {
        return search;
    }

    /** Matching lines the scan found (not counting lines that arrived after it). */
    public int count() {
        return count;
    }

    /** The name of the thread that scanned, so a test can tell it was not the FX thread. */
    public String scannedOn() {
        return scannedOn;
    }
}
