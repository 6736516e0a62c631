package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.connectorconsole.adopt.Adoption;
import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import dev.connectorconsole.engine.EngineLocator;

/** A container adopted on another host's engine is administered at that host, not at localhost. */
class AdoptAdminHostTest {
    @Test
    void aContainerOnARemoteEngineIsReachedAtTheEnginesHost() {
        EngineEndpoint remote = new EngineEndpoint(URI.create("tcp://10.20.30.40:2375"), "Settings", false, null);
        try (EngineConnection engine = EngineConnection.open(remote)) {
            String host = new EngineAdoptServices(() -> engine).adminHost();

            assertThat(host).isEqualTo("10.20.30.40");
            assertThat(Adoption.profileFor(myscc(), host).adminUrl()).isEqualTo("https://10.20.30.40:8443");
        }
    }

    @Test
    void aContainerOnThisComputersEngineIsReachedAtLocalhost() {
        try (EngineConnection engine = EngineConnection.open(EngineLocator.locate())) {
            assertThat(new EngineAdoptServices(() -> engine).adminHost()).isEqualTo("localhost");
        }
    }

    private static ConnectorCandidate myscc() {
        return new ConnectorCandidate(ConnectorCandidate.Kind.CONTAINER, "abc123", "myscc", "myscc-image:latest",
                "running", 8443, List.of("listens on 8443"), null, false);
    }
}
