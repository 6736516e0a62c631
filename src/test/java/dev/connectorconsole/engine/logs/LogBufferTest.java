package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogBufferTest {

    private static List<LogLine> lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new LogLine(0, null, LogSource.STDOUT, "line " + i, null)).toList();
    }

    private static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(LogLine::text).toList();
    }

    @Test
    void numbersLinesFromOneInAppendOrder() {
        LogBuffer buffer = new LogBuffer(10);
        buffer.append(lines(0, 3));
        assertThat(buffer.snapshot()).extracting(LogLine::seq).containsExactly(1L, 2L, 3L);
        assertThat(buffer.lastSeq()).isEqualTo(3);
        assertThat(buffer.size()).isEqualTo(3);
    }

    @Test
    void keepsOnlyTheNewestLinesAndCountsTheDroppedOnes() {
        LogBuffer buffer = new LogBuffer(5);
        buffer.append(lines(0, 4));
        buffer.append(lines(4, 12));
        assertThat(texts(buffer.snapshot())).containsExactly("line 7", "line 8", "line 9", "line 10", "line 11");
        assertThat(buffer.snapshot()).extracting(LogLine::seq).containsExactly(8L, 9L, 10L, 11L, 12L);
        assertThat(buffer.dropped()).isEqualTo(7);
        assertThat(buffer.size()).isEqualTo(5);
    }

    @Test
    void afterReturnsTheNextBatchForAView() {
        LogBuffer buffer = new LogBuffer(100);
        buffer.append(lines(0, 10));
        assertThat(texts(buffer.after(0, 3))).containsExactly("line 0", "line 1", "line 2");
        assertThat(texts(buffer.after(3, 3))).containsExactly("line 3", "line 4", "line 5");
        assertThat(texts(buffer.after(8, 100))).containsExactly("line 8", "line 9");
        assertThat(buffer.after(10, 100)).isEmpty();
        assertThat(buffer.after(0, 0)).isEmpty();
    }

    @Test
    void aViewThatFellBehindContinuesWithTheOldestLineStillHeld() {
        LogBuffer buffer = new LogBuffer(4);
        buffer.append(lines(0, 10));
        List<LogLine> batch = buffer.after(2, 2);
        assertThat(batch).extracting(LogLine::seq).containsExactly(7L, 8L);
    }

    @Test
    void clearForgetsLinesButNumberingContinues() {
        LogBuffer buffer = new LogBuffer(4);
        buffer.append(lines(0, 6));
        buffer.clear();
        assertThat(buffer.snapshot()).isEmpty();
        assertThat(buffer.dropped()).isZero();
        assertThat(buffer.after(0, 10)).isEmpty();
        buffer.append(lines(6, 7));
        assertThat(buffer.snapshot()).extracting(LogLine::seq).containsExactly(7L);
        assertThat(buffer.after(6, 10)).extracting(LogLine::text).containsExactly("line 6");
    }

    @Test
    void snapshotIsACopyThatLaterAppendsDoNotChange() {
        LogBuffer buffer = new LogBuffer(3);
        buffer.append(lines(0, 3));
        List<LogLine> snapshot = buffer.snapshot();
        buffer.append(lines(3, 6));
        assertThat(texts(snapshot)).containsExactly("line 0", "line 1", "line 2");
    }

    @Test
    void concurrentWritersAndAReaderSeeEveryNumberOnceInOrder() throws Exception {
        LogBuffer buffer = new LogBuffer(1_000_000);
        int writers = 4;
        int batches = 500;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int b = 0; b < batches; b++) {
                    buffer.append(lines(0, 10));
                }
            });
            t.start();
            threads.add(t);
        }
        List<Long> seen = new ArrayList<>();
        start.countDown();
        long last = 0;
        while (last < writers * batches * 10L) {
            for (LogLine line : buffer.after(last, 257)) {
                seen.add(line.seq());
                last = line.seq();
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(writers * batches * 10).isSorted().doesNotHaveDuplicates();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(writers * batches * 10L);
    }
}
