package dev.connectorconsole.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.StateVolumes;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.DockerfileGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A container made by an older version of the app (a volume per state folder) recreated onto an image of the
 * one-volume layout: its state moves into one new volume, its subaccount is still there, its old volumes stay.
 */
class LayoutMigrationTest {
    private static EngineConnection engine;
    private static String oldImage;
    private static String newImage;
    private final String container = EngineTestSupport.uniqueName("layout");
    private final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void buildImages() throws Exception {
        engine = EngineTestSupport.connect();
        oldImage = EngineTestSupport.uniqueName("layout-scc") + ":old";
        newImage = EngineTestSupport.uniqueName("layout-scc") + ":new";
        HandMadeSandboxConnector.buildImageDeclaring(engine, oldImage, DockerfileGenerator.STATE_FOLDERS);
        HandMadeSandboxConnector.buildImageDeclaring(engine, newImage, DockerfileGenerator.VOLUMES);
    }

    @AfterAll
    static void removeImages() {
        TestImages.removeImage(engine, oldImage);
        TestImages.removeImage(engine, newImage);
        engine.close();
    }

    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        String leftovers = HandMadeSandboxConnector.docker("ps", "-a", "--filter", "name=" + container, "--format",
                "{{.Names}}");
        for (String name : leftovers.lines().filter(l -> !l.isBlank()).toList()) {
            HandMadeSandboxConnector.dockerQuietly("rm", "-f", name);
        }
        for (String volume : List.of("_scc", "_config", "_config_master", "_scc_config", "_log")) {
            HandMadeSandboxConnector.dockerQuietly("volume", "rm", "-f", container + volume);
        }
    }

    @Test
    void aFourVolumeContainerMovesIntoOneVolumeKeepsItsSubaccountAndLeavesItsOldVolumes() throws Exception {
        int port = PortCheck.nextFree(PublishAddress.LOOPBACK, 27443);
        new ContainerManager(engine).run(ContainerSpec.connectorDefaults(container, oldImage, port)
                .withLabels(TestImages.LABELS));
        HandMadeSandboxConnector.awaitReady(port);
        String sha256 = HandMadeSandboxConnector.configure(port);
        Set<String> oldVolumes = StateVolumes.perFolder(container).keySet();
        assertThat(mountedVolumes()).as("the older image gets a volume per folder").containsExactlyInAnyOrderElementsOf(oldVolumes);
        ContainerReplacement replacement = new ContainerReplacement(engine);

        StatePreview preview = replacement.preview(container, newImage, StatePreview.Action.RECREATE);
        assertThat(preview.losesConfiguration()).isFalse();
        assertThat(preview.items()).filteredOn(item -> item.name().equals("scc_config")).singleElement()
                .extracting(ItemFate::detail).isEqualTo("Kept: copied into the new volume " + container
                        + "_scc; the old volume " + container + "_scc_config stays, untouched.");
        assertThat(preview.movesInto()).isEqualTo(container + "_scc");
        assertThat(replacement.previewUpgrade(container).movesInto())
                .as("an upgrade, onto an image the app builds, moves it too").isEqualTo(container + "_scc");

        ReplacementOutcome outcome = replacement.recreate(container, newImage,
                HandMadeSandboxConnector.check(port, sha256), progress::add);

        assertThat(outcome.succeeded()).as(outcome.message() + "\n" + progress).isTrue();
        assertThat(mountedVolumes()).containsExactly(container + "_scc");
        assertThat(replacement.previewUpgrade(container).movesInto()).as("in one volume, nothing moves").isNull();
        try (SccClient admin = HandMadeSandboxConnector.client(port, sha256)) {
            assertThat(admin.subaccounts()).extracting(SubaccountSummary::subaccount)
                    .containsExactly(HandMadeSandboxConnector.SUBACCOUNT);
        }
        assertThat(engine.client().listVolumesCmd().exec().getVolumes()).extracting(v -> v.getName())
                .as("the old volumes stay, a way back").containsAll(oldVolumes);
        assertThat(outcome.message()).contains("the old volume(s)");
    }

    private List<String> mountedVolumes() {
        InspectContainerResponse inspect = engine.client().inspectContainerCmd(container).exec();
        return inspect.getMounts().stream().map(InspectContainerResponse.Mount::getName).toList();
    }
}
