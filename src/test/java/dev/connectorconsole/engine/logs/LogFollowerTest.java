package dev.connectorconsole.engine.logs;

import static dev.connectorconsole.engine.logs.TestEngine.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LogFollowerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static TestEngine engine;

    @BeforeAll
    static void connect() {
        engine = TestEngine.connect();
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) {
            engine.close();
        }
    }

    private static LogBuffer readAll(String container, LogOptions options) throws Exception {
        LogBuffer buffer = new LogBuffer();
        try (LogFollower follower = new LogFollower(engine.docker(), container, options, buffer)) {
            follower.start();
            follower.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        return buffer;
    }

    private static List<String> texts(LogBuffer buffer) {
        return buffer.snapshot().stream().map(LogLine::text).toList();
    }

    private static List<String> sourcedTexts(LogBuffer buffer) {
        return buffer.snapshot().stream().map(l -> l.source() + " " + l.text()).toList();
    }

    @Test
    void linesOfStdoutAndStderrArriveInOrderWithTheirSource() throws Exception {
        String c = engine.runShell("for i in 1 2 3; do echo \"out $i\"; usleep 150000; echo \"err $i\" >&2; usleep 150000; done");
        engine.awaitExit(c);

        LogBuffer buffer = readAll(c, LogOptions.readAll(false));

        assertThat(sourcedTexts(buffer)).containsExactly(
                "STDOUT out 1", "STDERR err 1", "STDOUT out 2", "STDERR err 2", "STDOUT out 3", "STDERR err 3");
        assertThat(buffer.snapshot()).allSatisfy(l -> assertThat(l.timestamp()).isNull());
    }

    @Test
    void aContainerWithATerminalGivesCleanLines() throws Exception {
        String c = engine.runShellWithTty("echo one; echo two; printf 'no newline'");
        engine.awaitExit(c);

        LogBuffer buffer = readAll(c, LogOptions.readAll(false));

        assertThat(sourcedTexts(buffer)).containsExactly("STDOUT one", "STDOUT two", "STDOUT no newline");
    }

    @Test
    void coloursFromTheContainerBecomeRuns() throws Exception {
        String c = engine.runShell("printf '\\033[1;31mFAILED\\033[0m to connect\\n'");
        engine.awaitExit(c);

        LogLine line = readAll(c, LogOptions.readAll(false)).snapshot().get(0);

        assertThat(line.text()).isEqualTo("FAILED to connect");
        assertThat(line.runs()).containsExactly(new StyledRun(0, 6, "ansi-bold ansi-red"));
    }

    @Test
    void tailGivesOnlyTheLastLines() throws Exception {
        String c = engine.runShell("i=1; while [ $i -le 50 ]; do echo \"line $i\"; i=$((i+1)); done");
        engine.awaitExit(c);

        LogBuffer buffer = readAll(c, new LogOptions(5, null, false, false));

        assertThat(texts(buffer)).containsExactly("line 46", "line 47", "line 48", "line 49", "line 50");
    }

    @Test
    void timestampsAreTheEnginesAndInOrder() throws Exception {
        Instant before = Instant.now().minusSeconds(2);
        String c = engine.runShell("echo one; echo two; echo three");
        engine.awaitExit(c);
        Instant after = Instant.now().plusSeconds(2);

        List<LogLine> lines = readAll(c, LogOptions.readAll(true)).snapshot();

        assertThat(lines).extracting(LogLine::text).containsExactly("one", "two", "three");
        assertThat(lines).allSatisfy(l -> assertThat(l.timestamp()).isBetween(before, after));
        assertThat(lines.stream().map(LogLine::timestamp).toList()).isSorted();
    }

    @Test
    void sinceSkipsLinesStampedEarlier() throws Exception {
        String c = engine.runShell("echo early; sleep 2.2; echo late");
        engine.awaitExit(c);
        Instant early = readAll(c, LogOptions.readAll(true)).snapshot().get(0).timestamp();

        LogBuffer buffer = readAll(c, new LogOptions(null, early.plusSeconds(1), true, false));

        assertThat(texts(buffer)).containsExactly("late");
    }

    @Test
    void followingSeesLinesWrittenLater() throws Exception {
        String c = engine.runShell("echo first; while [ ! -f /go ]; do usleep 50000; done; echo second; sleep 600");
        LogBuffer buffer = new LogBuffer();
        try (LogFollower follower = new LogFollower(engine.docker(), c, LogOptions.followAll(), buffer)) {
            follower.start();
            await("the first line", WAIT, () -> texts(buffer).contains("first"));
            assertThat(texts(buffer)).doesNotContain("second");

            engine.exec(c, "touch", "/go");

            await("the line written after following began", WAIT, () -> texts(buffer).contains("second"));
            assertThat(texts(buffer)).containsExactly("first", "second");
            assertThat(follower.isRunning()).isTrue();
        }
    }

    @Test
    void closeEndsTheStreamAndItsThread() throws Exception {
        String c = engine.runShell("while true; do echo tick; usleep 10000; done");
        LogBuffer buffer = new LogBuffer();
        LogFollower follower = new LogFollower(engine.docker(), c, LogOptions.followAll(), buffer);
        follower.start();
        await("some ticks", WAIT, () -> buffer.size() > 5);

        follower.close();
        follower.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        long lastSeq = buffer.lastSeq();
        // The pump completes finished() as its last act; the thread itself ends a moment later.
        await("the stream thread to end", WAIT, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("cc-logs-" + c)));

        assertThat(follower.isRunning()).isFalse();
        engine.exec(c, "sleep", "0.3");
        assertThat(buffer.lastSeq()).as("no lines after close").isEqualTo(lastSeq);
    }

    @Test
    void anUnknownContainerEndsTheFollowerWithNotFound() {
        LogFollower follower = new LogFollower(engine.docker(), "cc-logs-test-no-such-container", LogOptions.followAll(),
                new LogBuffer());
        follower.start();
        assertThatThrownBy(() -> follower.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void acrossAContainerRestartNothingIsLostOrRepeated() throws Exception {
        String script = String.join("\n",
                "b=$(cat /boot 2>/dev/null || echo 0); b=$((b+1)); echo $b > /boot",
                "trap 'exit 0' TERM",
                "i=0",
                "while true; do",
                "  i=$((i+1)); echo \"boot $b line $i\"",
                "  if [ $((i % 3)) = 0 ]; then echo \"boot $b err $i\" >&2; fi",
                "  usleep 10000",
                "done");
        String c = engine.runShell(script);
        LogBuffer buffer = new LogBuffer();

        LogFollower first = new LogFollower(engine.docker(), c, LogOptions.followAll(), buffer);
        first.start();
        await("lines of the first run", WAIT, () -> buffer.size() >= 30);
        engine.docker().stopContainerCmd(c).withTimeout(5).exec();
        first.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(first.resumePoint()).isPresent();

        engine.docker().startContainerCmd(c).exec();
        LogFollower second = first.continuation();
        second.start();
        await("lines of the second run", WAIT, () -> texts(buffer).contains("boot 2 line 30"));
        engine.docker().stopContainerCmd(c).withTimeout(5).exec();
        second.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        List<String> followed = sourcedTexts(buffer);
        List<String> wholeLog = sourcedTexts(readAll(c, LogOptions.readAll(false)));
        assertThat(new HashSet<>(followed)).as("no line twice").hasSize(followed.size());
        assertThat(followed).as("followed across the restart = the container's whole log")
                .containsExactlyElementsOf(wholeLog);
        assertThat(followed).contains("STDOUT boot 1 line 1", "STDOUT boot 2 line 1", "STDERR boot 2 err 30");
    }
}
