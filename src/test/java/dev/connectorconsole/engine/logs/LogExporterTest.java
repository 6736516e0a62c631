package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
        assertThat(lines.get(0)).isEqualTo("line 1 of the connector log");
        assertThat(lines).contains("error 3000").noneMatch(l -> l.contains("\u001b"));
        assertThat(lines.get(lines.size() - 1)).isIn("line 3000 of the connector log", "error 3000");
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
        assertThat(lines.get(0)).endsWith(" line 1 of the connector log");
    }

    @Test
    void anExistingFileIsReplacedAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("connector.log");
        Files.writeString(file, "old content\n");

        new LogExporter().export(engine.docker(), container, file, false);

        assertThat(Files.readString(file)).startsWith("line 1 of the connector log\n");
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
