package dev.connectorconsole.engine.logs;

import static dev.connectorconsole.engine.logs.TestEngine.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TraceFileFollowerTest {

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

    /** A container that appends numbered lines to the connector's trace file, after {@code delay} seconds. */
    private static String traceWriter(String delay) {
        return engine.runShell(String.join("\n",
                "sleep " + delay,
                "mkdir -p /opt/sap/scc/log",
                "i=0",
                "while true; do",
                "  i=$((i+1)); echo \"2026-11-25 02:00:00,000 +0000#INFO#core#trace $i\" >> /opt/sap/scc/log/scc_core.trc",
                "  usleep 20000",
                "done"));
    }

    private static List<Integer> numbers(LogBuffer buffer) {
        return buffer.snapshot().stream()
                .map(l -> Integer.parseInt(l.text().substring(l.text().lastIndexOf(' ') + 1)))
                .toList();
    }

    private static int tailProcesses(String container) {
        String ps = engine.execOutput(container, "ps", "-o", "args");
        return (int) ps.lines().filter(l -> l.startsWith("tail ")).count();
    }

    @Test
    void followsTheTraceFileFromTheLastLinesOn() throws Exception {
        String c = traceWriter("0");
        await("the trace file to fill", WAIT, () -> engine.execOutput(c, "sh", "-c",
                "wc -l < /opt/sap/scc/log/scc_core.trc 2>/dev/null || echo 0").trim().matches("[1-9][0-9]+"));
        LogBuffer buffer = new LogBuffer();
        try (TraceFileFollower follower = new TraceFileFollower(engine.docker(), c, new LogOptions(3, null, false, true),
                buffer)) {
            follower.start();
            await("new trace lines", WAIT, () -> buffer.size() >= 20);

            List<Integer> numbers = numbers(buffer);
            assertThat(numbers.get(0)).as("started with the last 3 lines, not line 1").isGreaterThan(3);
            for (int i = 1; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("consecutive trace lines").isEqualTo(numbers.get(i - 1) + 1);
            }
            assertThat(buffer.snapshot()).allSatisfy(l -> {
                assertThat(l.source()).isEqualTo(LogSource.TRACE);
                assertThat(l.text()).startsWith("2026-11-25 02:00:00,000 +0000#INFO#core#trace ");
            });
        }
    }

    @Test
    void aTraceFileThatAppearsLaterIsPickedUp() throws Exception {
        String c = traceWriter("1.5");
        LogBuffer buffer = new LogBuffer();
        try (TraceFileFollower follower = new TraceFileFollower(engine.docker(), c, LogOptions.followTail(10), buffer)) {
            follower.start();
            await("the trace file to appear and fill", WAIT, () -> buffer.size() >= 5);
            assertThat(numbers(buffer).subList(0, 5)).containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Test
    void closeEndsTheStreamAndStopsTailInTheContainer() throws Exception {
        String c = traceWriter("0");
        LogBuffer buffer = new LogBuffer();
        TraceFileFollower follower = new TraceFileFollower(engine.docker(), c, LogOptions.followTail(1), buffer);
        follower.start();
        await("trace lines", WAIT, () -> buffer.size() >= 3);
        assertThat(tailProcesses(c)).isEqualTo(1);

        follower.close();
        follower.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(follower.isRunning()).isFalse();
        await("tail to stop in the container", WAIT, () -> tailProcesses(c) == 0);
        long seq = buffer.lastSeq();
        engine.exec(c, "sleep", "0.2");
        assertThat(buffer.lastSeq()).isEqualTo(seq);
    }

    @Test
    void stopsWhenTheContainerStops() throws Exception {
        String c = traceWriter("0");
        LogBuffer buffer = new LogBuffer();
        try (TraceFileFollower follower = new TraceFileFollower(engine.docker(), c, LogOptions.followTail(1), buffer)) {
            follower.start();
            await("trace lines", WAIT, () -> buffer.size() >= 3);
            engine.docker().killContainerCmd(c).exec();
            follower.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(follower.isRunning()).isFalse();
        }
    }
}
