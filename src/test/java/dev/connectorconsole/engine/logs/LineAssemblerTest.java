package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineAssemblerTest {

    private final List<LogLine> lines = new ArrayList<>();

    private LineAssembler assembler(boolean timestamps) {
        return new LineAssembler(timestamps, (source, ts, text, runs) -> lines.add(new LogLine(0, ts, source, text, runs)));
    }

    private static Frame frame(StreamType type, String text) {
        return new Frame(type, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> texts() {
        return lines.stream().map(LogLine::text).toList();
    }

    @Test
    void aLineSplitAcrossFramesStaysOneLine() {
        LineAssembler assembler = assembler(false);
        assembler.accept(frame(StreamType.STDOUT, "Starting Cloud Con"));
        assembler.accept(frame(StreamType.STDOUT, "nector"));
        assertThat(lines).isEmpty();
        assembler.accept(frame(StreamType.STDOUT, " 2.17\nnext"));
        assertThat(texts()).containsExactly("Starting Cloud Connector 2.17");
    }

    @Test
    void oneFrameMayCarrySeveralLines() {
        LineAssembler assembler = assembler(false);
        assembler.accept(frame(StreamType.STDOUT, "one\ntwo\nthree\n"));
        assertThat(texts()).containsExactly("one", "two", "three");
    }

    @Test
    void stdoutAndStderrKeepTheirOwnUnfinishedLines() {
        LineAssembler assembler = assembler(false);
        assembler.accept(frame(StreamType.STDOUT, "out-"));
        assembler.accept(frame(StreamType.STDERR, "err-"));
        assembler.accept(frame(StreamType.STDOUT, "line\n"));
        assembler.accept(frame(StreamType.STDERR, "line\n"));
        assertThat(lines).extracting(LogLine::source, LogLine::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LogSource.STDOUT, "out-line"),
                org.assertj.core.groups.Tuple.tuple(LogSource.STDERR, "err-line"));
    }

    @Test
    void crLfEndsALineLikeLf() {
        LineAssembler assembler = assembler(false);
        assembler.accept(frame(StreamType.RAW, "tty line\r"));
        assembler.accept(frame(StreamType.RAW, "\nsecond\r\n"));
        assertThat(texts()).containsExactly("tty line", "second");
        assertThat(lines).allSatisfy(l -> assertThat(l.source()).isEqualTo(LogSource.STDOUT));
    }

    @Test
    void emptyLinesAreKept() {
        LineAssembler assembler = assembler(false);
        assembler.accept(frame(StreamType.STDOUT, "a\n\n\nb\n"));
        assertThat(texts()).containsExactly("a", "", "", "b");
    }

    @Test
    void flushHandsOutTheUnfinishedTailOfEachStream() {
        LineAssembler assembler = assembler(false);
        assembler.accept(frame(StreamType.STDOUT, "done\nno newline at the end"));
        assembler.accept(frame(StreamType.STDERR, "error tail"));
        assembler.flush();
        assertThat(texts()).containsExactly("done", "no newline at the end", "error tail");
        assembler.flush();
        assertThat(lines).hasSize(3);
    }

    @Test
    void multiByteCharactersSplitAcrossFramesAreDecodedWhole() {
        byte[] bytes = "Grüße aus Walldorf – 東京 🚀\n".getBytes(StandardCharsets.UTF_8);
        LineAssembler assembler = assembler(false);
        for (byte b : bytes) {
            assembler.accept(new Frame(StreamType.STDOUT, new byte[] {b}));
        }
        assertThat(texts()).containsExactly("Grüße aus Walldorf – 東京 🚀");
    }

    @Test
    void everyPossibleSplitPointGivesTheSameLines() {
        byte[] bytes = "Ünïcødé first\n€ second\r\nthird 🚀".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            lines.clear();
            LineAssembler assembler = assembler(false);
            assembler.accept(new Frame(StreamType.STDOUT, Arrays.copyOfRange(bytes, 0, cut)));
            assembler.accept(new Frame(StreamType.STDOUT, Arrays.copyOfRange(bytes, cut, bytes.length)));
            assembler.flush();
            assertThat(texts()).as("split at byte %d", cut).containsExactly("Ünïcødé first", "€ second", "third 🚀");
        }
    }

    @Test
    void timestampsAreParsedAndRemovedFromTheText() {
        LineAssembler assembler = assembler(true);
        assembler.accept(frame(StreamType.STDOUT, "2026-11-25T02:09:47.123456789Z Server started\n"));
        assembler.accept(frame(StreamType.STDERR, "2026-11-25T02:09:48Z \n"));
        assertThat(lines.get(0).timestamp()).isEqualTo(Instant.parse("2026-11-25T02:09:47.123456789Z"));
        assertThat(lines.get(0).text()).isEqualTo("Server started");
        assertThat(lines.get(1).timestamp()).isEqualTo(Instant.parse("2026-11-25T02:09:48Z"));
        assertThat(lines.get(1).text()).isEmpty();
    }

    @Test
    void aLineWithoutATimestampIsKeptWhole() {
        LineAssembler assembler = assembler(true);
        assembler.accept(frame(StreamType.STDOUT, "no stamp here\n"));
        assertThat(lines.get(0).timestamp()).isNull();
        assertThat(lines.get(0).text()).isEqualTo("no stamp here");
    }

    @Test
    void theEnginesPartialMessagesOfALongLineLoseTheirInnerTimestamps() {
        LineAssembler assembler = assembler(true);
        assembler.accept(frame(StreamType.STDOUT, "2026-11-25T02:09:47.000000001Z first half, "));
        assembler.accept(frame(StreamType.STDOUT, "2026-11-25T02:09:47.000000002Z second half\n"));
        assertThat(texts()).containsExactly("first half, second half");
        assertThat(lines.get(0).timestamp()).isEqualTo(Instant.parse("2026-11-25T02:09:47.000000001Z"));
    }

    @Test
    void escapeCodesBecomeRunsAndLeaveTheText() {
        LineAssembler assembler = assembler(false);
        assembler.accept(frame(StreamType.STDOUT, "\u001b[31mERROR\u001b[0m tunnel down\n"));
        assertThat(lines.get(0).text()).isEqualTo("ERROR tunnel down");
        assertThat(lines.get(0).runs()).containsExactly(new StyledRun(0, 5, "ansi-red"));
    }

    @Test
    void aLineThatNeverEndsIsHandedOutInBoundedPiecesWithoutBreakingCharacters() {
        LineAssembler assembler = assembler(false);
        String chunk = "ä".repeat(1000); // 2 bytes each
        int chunks = 100;
        for (int i = 0; i < chunks; i++) {
            assembler.accept(frame(StreamType.STDOUT, chunk));
        }
        assembler.flush();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(LineAssembler.MAX_LINE_BYTES);
            assertThat(l.text()).matches("ä+");
        });
        assertThat(lines.stream().mapToInt(l -> l.text().length()).sum()).isEqualTo(1000 * chunks);
    }

    @Test
    void traceSourcesCanBeChosen() {
        LineAssembler assembler = new LineAssembler(false, LogSource.TRACE, LogSource.TRACE,
                (source, ts, text, runs) -> lines.add(new LogLine(0, ts, source, text, runs)));
        assembler.accept(frame(StreamType.STDOUT, "2026-11-25 02:09:47,123 +0000#INFO#core\n"));
        assertThat(lines.get(0).source()).isEqualTo(LogSource.TRACE);
    }
}
