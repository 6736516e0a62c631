package dev.connectorconsole.e2e;

import static dev.connectorconsole.e2e.TakeoverCheck.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.HaPairMaker;
import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.app.HaPairing;
import dev.connectorconsole.app.ShadowMade;
import dev.connectorconsole.app.ShadowRequest;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.ContainerNetworks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real engine: the shadow container the console made is restarted; the pair comes back on its own (no CONNECT,
 * no password) to CONNECTED/READY through BINDING, and a subaccount added on the master afterwards reaches the shadow.
 * Prints the time from the restart command to the pair being connected again.
 */
class HaPairRejoinEndToEndTest {
    private static final String SUBACCOUNT = "0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f";
    private static final int CHECK_SECONDS = 1;
    private static final int DELAY_SECONDS = 30; // the master keeps running: nothing is to take over

    @RegisterExtension
    static final SandboxEngine sandbox = SandboxEngine.masterPerTest("ha-rejoin", 20243);

    @Test
    void aRestartedShadowContainerRejoinsItsMasterAndTakesChangesMadeAfterwards() throws Exception {
        String master = sandbox.master();
        Secret password = new Secret("Ha-rejoin-" + System.nanoTime());
        try (SccClient masterClient = HaPairClients.firstRunAsMaster(sandbox.loopbackHost(), sandbox.port(), password)) {
            ShadowRequest request = ShadowRequest.forMaster(master, "Administrator", password, CHECK_SECONDS, DELAY_SECONDS);
            ShadowMade made = new HaPairMaker(sandbox.containers(), new ContainerNetworks(sandbox.engine()),
                    sandbox.loopbackHost(), Duration.ofSeconds(90)).make(request, masterClient, step -> { });
            assertThat(made.status().paired()).as("paired").isTrue();

            try (SccClient shadow = HaPairClients.shadowOf(made, password)) {
                HaPairing pair = new HaPairing(masterClient, shadow);
                long restartIssued = System.nanoTime();
                sandbox.containers().restart(made.container());
                long restarted = System.nanoTime();
                List<String> masterStates = new ArrayList<>();
                List<String> shadowStates = new ArrayList<>();
                await("the pair connected again after the shadow's restart", Duration.ofSeconds(60),
                        () -> pairedAgain(pair, masterStates, shadowStates));
                long back = System.nanoTime();
                System.out.printf("HA rejoin on the engine (check interval %d s): the restart command took %d ms; the pair"
                                + " was CONNECTED/READY again %d ms after it was issued (%d ms after the container was"
                                + " running again); master states seen %s, shadow states seen %s%n", CHECK_SECONDS,
                        (restarted - restartIssued) / 1_000_000, (back - restartIssued) / 1_000_000,
                        (back - restarted) / 1_000_000, masterStates, shadowStates);
                assertThat(masterStates).contains("BINDING");
                assertThat(shadow.highAvailability().role()).isEqualTo(HaRole.SHADOW);

                TakeoverCheck.subaccountReachesTheShadow(masterClient, shadow, SUBACCOUNT, "HA rejoin");
            }
        }
    }

    private static boolean pairedAgain(HaPairing pair, List<String> masterStates, List<String> shadowStates) {
        try {
            HaPairStatus status = pair.read();
            note(masterStates, status.firstMaster() == null ? null : status.firstMaster().state());
            note(shadowStates, status.secondShadow() == null ? null : status.secondShadow().state());
            return status.paired();
        } catch (RuntimeException notAnswering) {
            note(shadowStates, "not answering");
            return false;
        }
    }

    private static void note(List<String> seen, String state) {
        if (state != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state))) {
            seen.add(state);
        }
    }
}
