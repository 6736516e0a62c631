package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which host a shadow container on one engine dials to reach the master's port published by another engine. */
class PublishedPortRouteTest {
    private static final EngineEndpoint LOCAL_SOCKET = EngineEndpoint.defaultSocket();
    private static final EngineEndpoint LOCAL_TLS = engine("tcp://127.0.0.1:2376");
    private static final EngineEndpoint LOCAL_SSH = engine("ssh://me@localhost/var/run/docker.sock");
    private static final EngineEndpoint REMOTE_A = engine("tcp://build-a.example:2376");
    private static final EngineEndpoint REMOTE_B = engine("ssh://me@build-b.example");
    private static final String GATEWAY = "172.17.0.1";
    private static final String ME = "console-pc";

    private static EngineEndpoint engine(String host) {
        return new EngineEndpoint(URI.create(host), "test", false, null);
    }

    @Test
    void twoEnginesOnThisComputerMeetThroughTheHostGatewayAndALoopbackMasterIsAlsoPublishedOnTheBridgeGateway() {
        for (EngineEndpoint shadow : List.of(LOCAL_TLS, LOCAL_SSH)) {
            PublishedPortRoute route = PublishedPortRoute.decide(LOCAL_SOCKET, shadow, "127.0.0.1", GATEWAY, "127.0.0.1", ME);

            assertThat(route.host()).isEqualTo("host.docker.internal");
            assertThat(route.extraHosts()).containsExactly("host.docker.internal:host-gateway");
            assertThat(route.alsoPublishOn()).isEqualTo(GATEWAY);
            assertThat(route.reachable()).isTrue();
        }
        assertThat(PublishedPortRoute.decide(LOCAL_SSH, LOCAL_SOCKET, "127.0.0.1", GATEWAY, null, ME).alsoPublishOn())
                .as("ssh to localhost is this computer too").isEqualTo(GATEWAY);
    }

    @Test
    void aLocalMasterOnEveryInterfaceNeedsNoChangeAndOneOnAnotherAddressIsDialledThere() {
        PublishedPortRoute any = PublishedPortRoute.decide(LOCAL_SOCKET, LOCAL_TLS, "0.0.0.0", GATEWAY, null, ME);
        assertThat(any).isEqualTo(new PublishedPortRoute("host.docker.internal",
                List.of("host.docker.internal:host-gateway"), null, null));

        PublishedPortRoute lan = PublishedPortRoute.decide(LOCAL_SOCKET, LOCAL_TLS, "192.168.1.20", GATEWAY, null, ME);
        assertThat(lan).isEqualTo(new PublishedPortRoute("192.168.1.20", List.of(), null, null));
    }

    @Test
    void withoutTheShadowEnginesGatewayALoopbackMasterCannotBeReachedAndTheRouteSaysWhy() {
        PublishedPortRoute route = PublishedPortRoute.decide(LOCAL_SOCKET, LOCAL_TLS, "127.0.0.1", null, null, ME);

        assertThat(route.reachable()).isFalse();
        assertThat(route.problem()).contains("bridge gateway");
    }

    @Test
    void aRemoteMasterIsDialledAtItsEnginesHostOrTheOneAddressItIsPublishedOn() {
        for (EngineEndpoint shadow : List.of(LOCAL_SOCKET, REMOTE_B)) {
            assertThat(PublishedPortRoute.decide(REMOTE_A, shadow, "0.0.0.0", GATEWAY, null, ME))
                    .isEqualTo(new PublishedPortRoute("build-a.example", List.of(), null, null));
            assertThat(PublishedPortRoute.decide(REMOTE_A, shadow, "192.0.2.10", GATEWAY, null, ME))
                    .isEqualTo(new PublishedPortRoute("192.0.2.10", List.of(), null, null));
        }
        assertThat(PublishedPortRoute.decide(REMOTE_A, LOCAL_SOCKET, "127.0.0.1", GATEWAY, null, ME).problem())
                .contains("loopback only");
    }

    @Test
    void aLoopbackMasterHereIsOnlyOpenedToAShadowOnAnotherMachineWhenTheSettingsAllowOtherMachines() {
        PublishedPortRoute safe = PublishedPortRoute.decide(LOCAL_SOCKET, REMOTE_B, "127.0.0.1", GATEWAY, "127.0.0.1", ME);
        assertThat(safe.reachable()).isFalse();
        assertThat(safe.problem()).contains("Other machines too");

        assertThat(PublishedPortRoute.decide(LOCAL_SOCKET, REMOTE_B, "127.0.0.1", GATEWAY, "0.0.0.0", ME))
                .isEqualTo(new PublishedPortRoute(ME, List.of(), "0.0.0.0", null));
        assertThat(PublishedPortRoute.decide(LOCAL_SOCKET, REMOTE_B, "127.0.0.1", GATEWAY, "192.168.1.20", ME))
                .isEqualTo(new PublishedPortRoute("192.168.1.20", List.of(), "192.168.1.20", null));
        assertThat(PublishedPortRoute.decide(LOCAL_SOCKET, REMOTE_B, "0.0.0.0", GATEWAY, "127.0.0.1", ME))
                .isEqualTo(new PublishedPortRoute(ME, List.of(), null, null));
    }

    @Test
    void aBridgeWhoseEngineDoesNotSayItsGatewayHasItOnTheSubnetsFirstAddress() {
        assertThat(ContainerNetworks.firstAddressOf("172.17.0.0/16")).isEqualTo("172.17.0.1");
        assertThat(ContainerNetworks.firstAddressOf("10.200.3.0/24")).isEqualTo("10.200.3.1");
        assertThat(ContainerNetworks.firstAddressOf("fd00::/64")).isNull();
    }

    @Test
    void theShadowGivesItsEnginesHostAsItsOwnOrThisComputersNameWhenItRunsHere() {
        assertThat(PublishedPortRoute.shadowHost(REMOTE_B, ME)).isEqualTo("build-b.example");
        assertThat(PublishedPortRoute.shadowHost(LOCAL_TLS, ME)).isEqualTo(ME);
    }

    @Test
    void theNoteSaysWhereTheShadowDialsAndThatTheMasterIsRecreatedKeepingItsConfiguration() {
        String note = PublishedPortRoute.decide(LOCAL_SOCKET, LOCAL_TLS, "127.0.0.1", GATEWAY, null, ME)
                .describe("scc-master", "127.0.0.1", 8443);

        assertThat(note).startsWith("The shadow reaches scc-master at host.docker.internal:8443")
                .contains("published on 127.0.0.1 only").contains("recreated to publish it also on 172.17.0.1")
                .contains("which other machines cannot reach").contains("keeps its volumes, options and configuration");
        assertThat(PublishedPortRoute.decide(REMOTE_A, LOCAL_SOCKET, "0.0.0.0", GATEWAY, null, ME)
                .describe("scc-master", "0.0.0.0", 8443)).isEqualTo("The shadow reaches scc-master at build-a.example:8443.");
    }
}
