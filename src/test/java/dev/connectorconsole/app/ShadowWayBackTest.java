package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Where a master's container dials its shadow after a role switch, as the pair maker tells the shadow before it starts:
 * on a shared network its container name; across engines the way there decided with the engines swapped, or why
 * roles cannot be switched for that pair. No engine is contacted (addresses only).
 */
class ShadowWayBackTest {
    private static final EngineEndpoint LOCAL = engine("unix:///var/run/docker.sock");
    private static final EngineEndpoint LOCAL_TLS = engine("tcp://127.0.0.1:2376");
    private static final EngineEndpoint REMOTE = engine("tcp://192.0.2.7:2375");
    private static final String GATEWAY = "172.17.0.1";
    private static final String ME = "console-pc";
    private static final ShadowRequest REQUEST = ShadowRequest.forMaster("erp-scc", "Administrator",
            new Secret("Not-used-here-1"), 1, 2).onEngine("second");

    private static EngineEndpoint engine(String host) {
        return new EngineEndpoint(URI.create(host), "test", false, null);
    }

    private static ShadowPlacement.ShadowReach across(EngineEndpoint master, EngineEndpoint shadow, String masterGateway,
                                                      String requestedIp) {
        try (EngineConnection masterEngine = EngineConnection.open(master)) {
            return new PublishedPortPlacement(new PublishedPortPlacement.Engines(masterEngine, shadow, "second", GATEWAY,
                    masterGateway, requestedIp, ME), null).reachBack(REQUEST, 19944);
        }
    }

    @Test
    void onASharedNetworkTheMasterDialsTheShadowsContainerNameOnTheConnectorsPort() {
        ShadowPlacement.ShadowReach back = new SharedNetworkPlacement(null).reachBack(REQUEST, 19944);

        assertThat(back.reachableAt()).isEqualTo(REQUEST.shadowContainer() + ":8443");
        assertThat(back.alsoPublishOn()).isEmpty();
        assertThat(back.switchProblem()).isNull();
    }

    @Test
    void bothEnginesHereTheMasterDialsItsEnginesGatewayWhereTheShadowIsPublishedToo() {
        ShadowPlacement.ShadowReach back = across(LOCAL, LOCAL_TLS, GATEWAY, "127.0.0.1");

        assertThat(back.reachableAt()).isEqualTo(GATEWAY + ":19944");
        assertThat(back.alsoPublishOn()).containsExactly(GATEWAY);
        assertThat(back.switchProblem()).isNull();
    }

    @Test
    void aShadowOnAnotherMachineIsDialledAtItsEnginesAddress() {
        ShadowPlacement.ShadowReach back = across(LOCAL, REMOTE, GATEWAY, "127.0.0.1");

        assertThat(back.reachableAt()).isEqualTo("192.0.2.7:19944");
        assertThat(back.alsoPublishOn()).isEmpty();
        assertThat(back.switchProblem()).isNull();
    }

    @Test
    void aMasterOnAnotherMachineCannotReachAShadowHereOnLoopbackSoRolesCannotBeSwitched() {
        ShadowPlacement.ShadowReach back = across(REMOTE, LOCAL, null, "127.0.0.1");

        assertThat(back.reachableAt()).isNull();
        assertThat(back.switchProblem()).startsWith("Roles cannot be switched for this pair")
                .contains("published on 127.0.0.1 on engine 'second'").contains("Other machines too");
    }

    @Test
    void withOtherMachinesAllowedTheShadowHereIsPublishedOnEveryInterfaceAndDialledByThisComputersName() {
        ShadowPlacement.ShadowReach back = across(REMOTE, LOCAL, null, "0.0.0.0");

        assertThat(back.reachableAt()).isEqualTo(ME + ":19944");
        assertThat(back.alsoPublishOn()).containsExactly("0.0.0.0");
        assertThat(back.switchProblem()).isNull();
    }
}
