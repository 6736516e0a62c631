package dev.connectorconsole.app;


import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.engine.logs.LogOptions;
import dev.connectorconsole.engine.logs.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Logs screen keeps following when the container is restarted: every line once, in order. */
class RestartFollowingLogTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final TestEngine docker = TestEngine.connect();
    private final EngineConnection engine = EngineTestSupport.connect();

    @AfterEach
    void cleanUp() {
        docker.close();
        engine.close();
    }

    @Test
    void aRestartedContainerIsFollowedOnWithoutLossOrRepeats() throws Exception {
        // Numbers continue across restarts (kept in the container's file system), so a repeat shows.
        String container = docker.runShell("mkdir -p /state; n=$(cat /state/n 2>/dev/null || echo 0); "
                + "trap 'exit 0' TERM; while true; do n=$((n+1)); echo $n > /state/n; echo line-$n; usleep 20000; done");
        LogBuffer buffer = new LogBuffer();
        RestartFollowingLog following = new RestartFollowingLog(engine, container,
                new dev.connectorconsole.engine.logs.LogFollower(engine.streamingClient(), container,
                        LogOptions.followAll(), buffer));
        try {
            TestEngine.await("first lines", WAIT, () -> buffer.size() > 20);
            docker.docker().stopContainerCmd(container).withTimeout(5).exec();
            docker.docker().startContainerCmd(container).exec();
            int before = buffer.size();
            TestEngine.await("lines after the restart", WAIT, () -> buffer.size() > before + 20);
            docker.docker().stopContainerCmd(container).withTimeout(5).exec();
            long total = TestEngine.cliLogLineCount(container);
            TestEngine.await("every line of the log", WAIT, () -> buffer.size() == total);
        } finally {
            following.close();
        }

        List<String> texts = buffer.snapshot().stream().map(LogLine::text).toList();
        // The engine's own log is the reference (a stop can land between saving a number and printing it).
        assertThat(texts).containsExactlyElementsOf(cliLog(container));
        assertThat(texts).doesNotHaveDuplicates();
        assertThat(following.finished()).isCompleted();
    }

    private static List<String> cliLog(String container) throws Exception {
        Process process = new ProcessBuilder("docker", "logs", container).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(process.waitFor()).as("docker logs exit code").isZero();
        return lines;
    }
}
