package dev.connectorconsole.sandbox;

import dev.connectorconsole.testsupport.Recordings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every recorded subaccount, service channel, system mapping and domain mapping interaction of a real SCC 2.19, replayed against a fresh sandbox (password changed, HA role
 * master, plus whatever the recorded connector already held), must get the recorded status, headers and JSON shape.
 */
class RecordedConformanceTest {
    private static final Path RECORDINGS = Recordings.folder();
    private static final List<String> SELECTION = List.of(
            "resources/resource_subaccount.yaml",
            "resources/resource_subaccount_update.yaml",
            "resources/resource_subaccount_update_tunnel.yaml",
            "resources/resource_subaccount_err_*.yaml",
            "resources/resource_subaccount_using_auth*.yaml",
            "resources/resource_subaccount_*_service_channel*.yaml",
            "datasources/datasource_subaccount*.yaml",
            "listresources/list_resource_subaccount*.yaml",
            "listresources/*_error_subaccount_not_found.yaml",
            "resources/resource_system_mapping*.yaml",
            "resources/resource_domain_mapping.yaml",
            "datasources/datasource_system_mapping*.yaml",
            "datasources/datasource_domain_mapping*.yaml",
            "listresources/list_resource_system_mapping*.yaml",
            "listresources/list_resource_domain_mapping*.yaml");

    @TempDir
    static Path dataRoot;

    @TestFactory
    Stream<DynamicTest> recordedSubaccountTrafficIsAnsweredAlike() throws IOException {
        List<Path> files = selectedRecordings();
        assertThat(files).as("recordings under %s", RECORDINGS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(45);
        return files.stream().map(file -> DynamicTest.dynamicTest(RECORDINGS.relativize(file).toString(), () -> replay(file)));
    }

    private static void replay(Path file) throws IOException {
        Recording recording = Recording.read(file);
        Path dataDir = dataRoot.resolve(file.getFileName().toString().replace(".yaml", ""));
        try (SandboxFixture sandbox = SandboxFixture.initialized(dataDir)) {
            RecordingReplayer replayer = new RecordingReplayer(sandbox, recording);
            replayer.prepare();
            assertThat(replayer.replayAll()).isEqualTo(recording.interactions().size());
        }
    }

    private static List<Path> selectedRecordings() throws IOException {
        try (Stream<Path> all = Files.walk(RECORDINGS)) {
            List<Path> candidates = all.filter(Files::isRegularFile).sorted().toList();
            return candidates.stream().filter(RecordedConformanceTest::selected).toList();
        }
    }

    private static boolean selected(Path file) {
        Path relative = RECORDINGS.relativize(file);
        return SELECTION.stream().anyMatch(glob -> {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return matcher.matches(relative);
        });
    }
}
