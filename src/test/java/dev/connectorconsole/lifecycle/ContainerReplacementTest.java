package dev.connectorconsole.lifecycle;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.docker;
import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.dockerQuietly;
import static org.assertj.core.api.Assertions.assertThat;

/** Recreate and migrate a connector made by hand with the docker CLI, on the real engine, without losing its configuration. */
class ContainerReplacementTest {
    private static EngineConnection engine;
    private static String image;
    private final String container = EngineTestSupport.uniqueName("keep");
    private final List<String> volumes = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void buildImage() throws Exception {
        engine = EngineTestSupport.connect();
        image = EngineTestSupport.uniqueName("keep-scc") + ":1";
        HandMadeSandboxConnector.buildImage(engine, image);
    }

    @AfterAll
    static void removeImage() {
        TestImages.removeImage(engine, image);
        engine.close();
    }

    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        String leftovers = docker("ps", "-a", "--filter", "name=" + container, "--format", "{{.Names}}");
        for (String name : leftovers.lines().filter(l -> !l.isBlank()).toList()) {
            dockerQuietly("rm", "-f", name);
        }
        volumes.forEach(v -> dockerQuietly("volume", "rm", "-f", v));
        images.forEach(i -> dockerQuietly("rmi", "-f", i));
    }

    @Test
    void aHandMadeContainerWithItsConfigurationInsideIsMigratedIntoVolumesAndKeepsItsSubaccount(@TempDir Path dir)
            throws Exception {
        int port = PortCheck.nextFree(29443);
        docker("run", "-d", "--name", container, "-p", "127.0.0.1:" + port + ":8443", "-e", "SCC_NOTE=hand-made",
                "--restart", "on-failure:3", "--memory", "512m", "--label", EngineTestSupport.TEST_LABEL + "=true",
                "--label", "owner=ops", image, "--connect-delay-ms", "10");
        HandMadeSandboxConnector.awaitReady(port);
        String sha256 = HandMadeSandboxConnector.configure(port);
        Path props = Files.writeString(dir.resolve("props.ini"), "-Xmx1024m\n", StandardCharsets.UTF_8);
        docker("cp", props.toString(), container + ":/opt/sap/scc/props.ini");
        for (String folder : StateItem.FOLDERS) {
            volumes.add(MigrationVolumes.nameFor(container, folder));
        }
        ContainerReplacement replacement = new ContainerReplacement(engine);

        ContainerLayout layout = replacement.layout(container);
        StatePreview recreate = StatePreview.of(layout, StatePreview.Action.RECREATE);
        assertThat(recreate.losesConfiguration()).isTrue();
        assertThat(recreate.lost()).extracting(ItemFate::name).containsExactly("config", "config_master", "scc_config", "log");
        assertThat(StatePreview.of(layout, StatePreview.Action.REMOVE_KEEP_VOLUMES).lost()).extracting(ItemFate::name)
                .containsExactly("config", "config_master", "scc_config", "log", "props.ini");
        StatePreview migrate = StatePreview.of(layout, StatePreview.Action.MIGRATE);
        assertThat(migrate.lost()).isEmpty();
        assertThat(migrate.items().get(2).detail()).isEqualTo("Kept: copied into the new volume " + container + "_scc_config.");
        ReplacementOutcome refused = replacement.recreate(container, null, null, progress::add);
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.message()).contains("would lose config, config_master, scc_config, log", "nothing was changed");

        ReplacementOutcome outcome = replacement.migrate(container, null,
                HandMadeSandboxConnector.check(port, sha256), progress::add);

        assertThat(outcome.succeeded()).as(outcome.message() + "\n" + outcome.steps()).isTrue();
        System.out.println("Migrating the hand-made container took " + outcome.took().toMillis() + " ms: " + outcome.steps());
        try (SccClient admin = HandMadeSandboxConnector.client(port, sha256)) {
            assertThat(admin.subaccount(HandMadeSandboxConnector.REGION, HandMadeSandboxConnector.SUBACCOUNT).displayName())
                    .isEqualTo("Hand-made subaccount");
        }
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getConfig().getEnv()).contains("SCC_NOTE=hand-made");
        assertThat(now.getConfig().getLabels()).containsEntry("owner", "ops");
        assertThat(now.getHostConfig().getRestartPolicy().getName()).isEqualTo("on-failure");
        assertThat(now.getHostConfig().getRestartPolicy().getMaximumRetryCount()).isEqualTo(3);
        assertThat(now.getHostConfig().getMemory()).isEqualTo(512L * 1024 * 1024);
        assertThat(now.getHostConfig().getPortBindings().getBindings().values().iterator().next()[0].getHostIp())
                .isEqualTo("127.0.0.1");
        assertThat(ContainerLayout.mountsOf(now)).extracting(StateMount::volumeName)
                .containsExactlyInAnyOrderElementsOf(volumes);
        assertThat(docker("cp", container + ":/opt/sap/scc/props.ini", "-")).contains("-Xmx1024m");
        assertThat(docker("ps", "-a", "--filter", "name=" + container, "--format", "{{.Names}}").lines().toList())
                .as("the old container is gone once the new one passed the check").containsExactly(container);
    }

    @Test
    void aContainerWithAVolumeNamedItsOwnWayIsRecreatedOnTheSameVolume() throws Exception {
        String volume = container + "-data";
        volumes.add(volume);
        int port = PortCheck.nextFree(29543);
        docker("run", "-d", "--name", container, "-p", port + ":8443", "-v", volume + ":/opt/sap/scc",
                "--label", EngineTestSupport.TEST_LABEL + "=true", image, "--connect-delay-ms", "10");
        HandMadeSandboxConnector.awaitReady(port);
        String sha256 = HandMadeSandboxConnector.configure(port);
        String oldId = engine.client().inspectContainerCmd(container).exec().getId();
        ContainerReplacement replacement = new ContainerReplacement(engine);
        assertThat(StatePreview.of(replacement.layout(container), StatePreview.Action.RECREATE).items())
                .allSatisfy(item -> assertThat(item.detail()).isEqualTo("Kept: the new container mounts the same volume " + volume + "."));

        ReplacementOutcome outcome = replacement.recreate(container, image, HandMadeSandboxConnector.check(port, sha256),
                progress::add);

        assertThat(outcome.succeeded()).as(outcome.message() + "\n" + outcome.steps()).isTrue();
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getId()).isNotEqualTo(oldId);
        assertThat(ContainerLayout.mountsOf(now)).extracting(StateMount::volumeName).containsExactly(volume);
        assertThat(CertificateProbe.fetch("localhost", port).sha256()).isEqualTo(sha256);
        assertThat(HandMadeSandboxConnector.check(port, sha256).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        assertThat(docker("volume", "ls", "-q", "--filter", "name=" + container).lines().toList()).containsExactly(volume);
    }

    @Test
    void whenTheEngineRefusesTheNewContainerTheOldOneIsLeftAsItWas(@TempDir Path dir) throws Exception {
        String volume = container + "-data";
        volumes.add(volume);
        int port = PortCheck.nextFree(29643);
        docker("run", "-d", "--name", container, "-p", port + ":8443", "-v", volume + ":/opt/sap/scc",
                "--label", EngineTestSupport.TEST_LABEL + "=true", image, "--connect-delay-ms", "10");
        HandMadeSandboxConnector.awaitReady(port);
        String sha256 = HandMadeSandboxConnector.configure(port);
        String oldId = engine.client().inspectContainerCmd(container).exec().getId();
        String broken = container + "-broken:1";
        images.add(broken);
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\nCOPY Dockerfile /nothing-to-run\n");
        docker("build", "-q", "-t", broken, "--label", EngineTestSupport.TEST_LABEL + "=true", dir.toString());

        ReplacementOutcome outcome = new ContainerReplacement(engine).recreate(container, broken,
                HandMadeSandboxConnector.check(port, sha256), progress::add);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.message()).endsWith("The old container '" + container + "' is back as it was and running again.");
        assertThat(outcome.steps()).anyMatch(s -> s.startsWith("Starting the new"));
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getId()).isEqualTo(oldId);
        assertThat(now.getState().getRunning()).isTrue();
        HandMadeSandboxConnector.awaitReady(port);
        assertThat(HandMadeSandboxConnector.check(port, sha256).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        assertThat(docker("ps", "-a", "--filter", "name=" + container, "--format", "{{.Names}}").lines().toList())
                .containsExactly(container);
    }
}
