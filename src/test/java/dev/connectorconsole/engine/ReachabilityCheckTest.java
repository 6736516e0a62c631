package dev.connectorconsole.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HostConfig;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Check the internal host" from where the connector is, on the real engine: a sandbox connector container and a
 * web server on a user-defined network, the server published nowhere, so only the connector's network reaches it.
 * The check answers reachable (with the HTTP status), refused, unknown name; it leaves no probe container behind
 * and refuses to run for a stopped connector.
 */
class ReachabilityCheckTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static EngineConnection engine;
    private static DockerClient docker;
    private static String sandboxImage;
    private static String busyboxImage;
    private static String network;
    private static String connector;
    private static String backend;

    @BeforeAll
    static void startConnectorAndBackend() throws Exception {
        engine = EngineTestSupport.connect();
        docker = engine.client();
        sandboxImage = "cc-test-reach-sandbox:" + EngineTestSupport.uniqueName("img");
        HandMadeSandboxConnector.buildImage(engine, sandboxImage);
        busyboxImage = TestImages.sharedBusybox(engine);
        network = EngineTestSupport.uniqueName("net");
        docker.createNetworkCmd().withName(network).withLabels(TestImages.LABELS).exec();
        backend = EngineTestSupport.uniqueName("backend");
        docker.createContainerCmd(busyboxImage).withName(backend).withLabels(TestImages.LABELS)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode(network)).exec();
        docker.startContainerCmd(backend).exec();
        connector = EngineTestSupport.uniqueName("connector");
        docker.createContainerCmd(sandboxImage).withName(connector).withLabels(TestImages.LABELS)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode(network)).exec();
        docker.startContainerCmd(connector).exec();
    }

    @AfterAll
    static void removeEverything() {
        for (String container : new String[] {connector, backend}) {
            try {
                docker.removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
            } catch (NotFoundException | NullPointerException gone) {
                // not created
            }
        }
        if (network != null) {
            docker.removeNetworkCmd(network).exec();
        }
        TestImages.removeImage(engine, sandboxImage);
        TestImages.removeImage(engine, busyboxImage);
        engine.close();
    }

    @Test
    void aServerOnTheConnectorsNetworkAnswersWithItsHttpStatus() {
        Reachability found = new ReachabilityCheck(docker).check(connector, backend, 8443, true, TIMEOUT);

        assertThat(found.outcome()).as(found.toString()).isEqualTo(Reachability.Outcome.REACHABLE);
        assertThat(found.detail()).startsWith("HTTP/1.");
        assertThat(found.millis()).isLessThan(TIMEOUT.toMillis());
        assertThat(probesLeft()).isEmpty();
    }

    @Test
    void aClosedPortIsRefusedAndAnUnknownNameIsSaidSo() {
        ReachabilityCheck check = new ReachabilityCheck(docker);

        assertThat(check.check(connector, backend, 8444, false, TIMEOUT).outcome())
                .isEqualTo(Reachability.Outcome.REFUSED);
        assertThat(check.check(connector, "no-such-host.invalid", 80, false, TIMEOUT).outcome())
                .isEqualTo(Reachability.Outcome.UNKNOWN_HOST);
        assertThat(probesLeft()).isEmpty();
    }

    @Test
    void aStoppedConnectorIsNotCheckedFrom() {
        String stopped = EngineTestSupport.uniqueName("stopped");
        docker.createContainerCmd(sandboxImage).withName(stopped).withLabels(TestImages.LABELS).exec();
        try {
            assertThatThrownBy(() -> new ReachabilityCheck(docker).check(stopped, backend, 8443, false, TIMEOUT))
                    .isInstanceOf(EngineException.class).hasMessageContaining("Start " + stopped + " first");
        } finally {
            docker.removeContainerCmd(stopped).withForce(true).withRemoveVolumes(true).exec();
        }
        assertThat(probesLeft()).isEmpty();
    }

    private static List<?> probesLeft() {
        return docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ReachabilityCheck.PROBE_LABEL, docker.inspectContainerCmd(connector).exec()
                        .getId())).exec();
    }
}
