package dev.connectorconsole.e2e;

import dev.connectorconsole.app.HaPairMaker;
import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.app.HaPairing;
import dev.connectorconsole.app.ShadowMade;
import dev.connectorconsole.app.ShadowRequest;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountUpdate;
import dev.connectorconsole.engine.ContainerNetworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.connectorconsole.e2e.TakeoverCheck.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real engine: the console makes a shadow container for a running sandbox master, a subaccount added on the
 * master reaches the shadow, the roles switch and switch back over the shared network, and when the master container
 * stops the shadow takes over and serves the subaccount; when the old master's container starts again it becomes the
 * shadow of the new master on its own and takes what changed meanwhile.
 * Prints the time from the stop to the shadow answering as master against the configured takeover delay, and from the
 * old master's start to it being READY as shadow. When a step
 * fails, the master is left as it was and what was made is gone.
 */
class HaPairTakeoverEndToEndTest {
    private static final String REGION = TakeoverCheck.REGION;
    private static final String SUBACCOUNT = "7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6";
    private static final int CHECK_SECONDS = 1;
    private static final int DELAY_SECONDS = 2;

    @RegisterExtension
    static final SandboxEngine sandbox = SandboxEngine.masterPerTest("ha-master", 19743);

    @Test
    void aFailedStepLeavesTheMasterAsItWasAndRemovesWhatWasMade() {
        String master = sandbox.master();
        try (WrongPasswordPairing pairing = new WrongPasswordPairing(sandbox)) {
            pairing.fails(makerOnThisEngine(), pairing.request(CHECK_SECONDS, DELAY_SECONDS))
                    .hasMessageContaining("removed the network " + master + "-ha");
            pairing.assertMasterLeftAsItWas();
            assertThat(networks().exists(master + "-ha")).isFalse();
        }
    }

    @Test
    void theShadowMadeByTheConsoleTakesOverWhenTheMasterContainerStops() throws Exception {
        String master = sandbox.master();
        Secret password = new Secret("Ha-e2e-" + System.nanoTime());
        try (SccClient masterClient = HaPairClients.firstRunAsMaster(sandbox.loopbackHost(), sandbox.port(), password)) {
            ShadowRequest request = ShadowRequest.forMaster(master, "Administrator", password, CHECK_SECONDS, DELAY_SECONDS);
            List<String> steps = new CopyOnWriteArrayList<>();
            ShadowMade made = makerOnThisEngine()
                    .make(request, masterClient, steps::add);
            System.out.println("Steps reported:\n  " + String.join("\n  ", steps));
            assertThat(made.status().paired()).as("paired").isTrue();
            assertThat(steps).anyMatch(s -> s.startsWith("Starting the shadow container")).last().asString()
                    .startsWith("Paired:");
            assertThat(networks().isConnected(request.network(), master)).isTrue();
            assertThat(String.join("\n", steps)).doesNotContain(password.value());

            try (SccClient shadow = HaPairClients.shadowOf(made, password)) {
                assertThat(shadow.highAvailability().role()).isEqualTo(HaRole.SHADOW);
                TakeoverCheck.subaccountReachesTheShadow(masterClient, shadow, SUBACCOUNT, "HA pair");

                assertThat(sandbox.engine().client().inspectContainerCmd(made.container()).exec().getConfig().getEnv())
                        .contains("SCC_SANDBOX_HA_REACHABLE_AT=" + made.container() + ":8443");
                HaPairing pair = new HaPairing(masterClient, shadow);
                long asked = System.nanoTime();
                pair.switchRoles();
                await("the roles switched on the shared network", Duration.ofSeconds(30), () -> settled(pair, HaRole.SHADOW));
                System.out.printf("Switch on one engine (check interval %d s): both roles settled %d ms after the request%n",
                        CHECK_SECONDS, (System.nanoTime() - asked) / 1_000_000);
                assertThat(masterClient.highAvailability().shadowConfig().masterHost()).isEqualTo(made.container());
                pair.switchRoles();
                await("the roles switched back", Duration.ofSeconds(30), () -> settled(pair, HaRole.MASTER));

                TakeoverCheck takeover = new TakeoverCheck(CHECK_SECONDS, DELAY_SECONDS);
                takeover.shadowTakesOverWhenTheMasterStops("Takeover", sandbox.containers(), master, shadow);

                assertThat(shadow.subaccount(REGION, SUBACCOUNT).subaccount()).isEqualTo(SUBACCOUNT);
                shadow.update(REGION, SUBACCOUNT, new SubaccountUpdate(null, null, "changed on the new master", null));
                assertThat(shadow.subaccount(REGION, SUBACCOUNT).description()).isEqualTo("changed on the new master");

                takeover.oldMasterComesBackAsShadow("Old master back", sandbox.containers(), master, masterClient, shadow);
                assertThat(masterClient.highAvailability().shadowConfig().masterHost()).isEqualTo(made.container());
                assertThat(masterClient.subaccount(REGION, SUBACCOUNT).description())
                        .as("the new master's change made during the outage").isEqualTo("changed on the new master");
            }
        }
    }

    /** True when the first instance has {@code firstRole} and the pair is connected and ready. */
    private static boolean settled(HaPairing pair, HaRole firstRole) {
        try {
            HaPairStatus status = pair.read();
            return status.firstRole() == firstRole && status.paired();
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static HaPairMaker makerOnThisEngine() {
        return new HaPairMaker(sandbox.containers(), networks(), sandbox.loopbackHost(), Duration.ofSeconds(90));
    }

    private static ContainerNetworks networks() {
        return new ContainerNetworks(sandbox.engine());
    }
}
