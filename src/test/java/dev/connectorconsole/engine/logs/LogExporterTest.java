package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogExporterTest {

    private static TestEngine engine;
    private static String container;

    @BeforeAll
    static void runAChattyContainer() {
        engine = TestEngine.connect();
        container = engine.runShell(String.join("\n",
                "i=1",
                "while [ $i -le 3000 ]; do",
                "  echo \"line $i of the connector log\"",
                "  if [ $((i % 100)) = 0 ]; then printf '\\033[31merror %d\\033[0m\\n' $i >&2; fi",
                "  i=$((i+1))",
                "done"));
        engine.awaitExit(container);
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void exportHasAsManyLinesAsDockerLogs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("connector.log");

        long written = new LogExporter().export(engine.docker(), container, file, false);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long cliLines = TestEngine.cliLogLineCount(container);
        assertThat(cliLines).isEqualTo(3030);
        assertThat(written).isEqualTo(cliLines);
        assertThat(lines).hasSize((int) cliLines);
        // The engine reads stdout and stderr through separate pipes, so under load their interleaving varies;
        // within each stream the order is the container's.
        assertThat(lines.stream().filter(l -> l.startsWith("line ")).toList()).isEqualTo(
                IntStream.rangeClosed(1, 3000).mapToObj(i -> "line " + i + " of the connector log").toList());
        assertThat(lines.stream().filter(l -> l.startsWith("error ")).toList()).isEqualTo(
                IntStream.rangeClosed(1, 30).mapToObj(i -> "error " + i * 100).toList());
    }

    @Test
    void withTimestampsEachLineStartsWithTheEnginesTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("connector-with-times.log");

        long written = new LogExporter().export(engine.docker(), container, file, true);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) written);
        assertThat(written).isEqualTo(3030);
        assertThat(lines).allSatisfy(line -> {
            int space = line.indexOf(' ');
            assertThat(Instant.parse(line.substring(0, space))).isBefore(Instant.now());
        });
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("Z line 1 of the connector log"));
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("Z error 3000"));
    }

    @Test
    void anExistingFileIsReplacedAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("connector.log");
        Files.writeString(file, "old content\n");

        new LogExporter().export(engine.docker(), container, file, false);

        assertThat(Files.readAllLines(file)).hasSize(3030).contains("line 1 of the connector log")
                .doesNotContain("old content");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anUnknownContainerLeavesNoFileBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("missing.log");

        assertThatThrownBy(() -> new LogExporter().export(engine.docker(), "cc-logs-test-no-such", file, false))
                .isInstanceOf(NotFoundException.class);

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
