package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.testsupport.Recordings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorded proxy settings and subject pattern rule traffic of a real SCC 2.19, replayed against a fresh sandbox,
 * gets the recorded status, headers and JSON shape.
 */
class ConnectorSettingsRecordingsTest {
    private static final Path RECORDINGS = Recordings.folder();

    @TempDir
    static Path dataRoot;

    @TestFactory
    Stream<DynamicTest> recordedProxyAndSubjectPatternTrafficIsAnsweredAlike() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(RECORDINGS)) {
            files = all.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().matches(".*_(proxy_settings|subject_pattern_rules?)[._].*yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString()).contains(
                "resource_proxy_settings.yaml", "resource_proxy_settings_invalid_import.yaml", "datasource_proxy_settings.yaml",
                "resource_subject_pattern_rule.yaml", "resource_subject_pattern_rule.update.yaml",
                "datasource_subject_pattern_rule.yaml", "datasource_subject_pattern_rules.yaml",
                "list_resource_subject_pattern_rule.yaml");
        return files.stream().map(file -> DynamicTest.dynamicTest(RECORDINGS.relativize(file).toString(), () -> replay(file)));
    }

    private static void replay(Path file) throws IOException {
        Recording recording = Recording.read(file);
        try (SandboxFixture sandbox = SandboxFixture.initialized(dataRoot.resolve(file.getFileName().toString().replace(".yaml", "")))) {
            RecordingReplayer replayer = new RecordingReplayer(sandbox, recording);
            replayer.prepare();
            assertThat(replayer.replayAll()).isEqualTo(recording.interactions().size());
        }
    }
}
