package dev.connectorconsole.e2e;

import dev.connectorconsole.app.HaPairMaker;
import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.app.HaPairing;
import dev.connectorconsole.app.ShadowMade;
import dev.connectorconsole.app.ShadowRequest;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.TlsEngineFront;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.connectorconsole.e2e.TakeoverCheck.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real engine, with the shadow made through a second engine: a TLS front requiring a client certificate in
 * front of this machine's engine, as Settings names another engine. The master (on the default engine, its port on
 * loopback as the console publishes it) is recreated to publish its port on the bridge gateway too, the shadow dials
 * it at host.docker.internal, a subaccount added on the master reaches the shadow, and when the master stops the
 * shadow takes over. Prints the takeover time against the configured delay. A failed step removes the shadow made on
 * the second engine and puts the master back as it was: published on loopback only, its HA settings unchanged.
 */
class HaPairAcrossEnginesEndToEndTest {
    private static final String REGION = TakeoverCheck.REGION;
    private static final String SUBACCOUNT = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
    private static final String SECOND = "second-engine";
    private static final String THIS_COMPUTER = "console-pc";
    private static final int CHECK_SECONDS = 1;
    private static final int DELAY_SECONDS = 2;

    @RegisterExtension
    static final SandboxEngine sandbox = SandboxEngine.masterPerTest("ha-across", 19943);
    private static String gateway;
    private static TlsEngineFront front;
    private static EngineConnection second;

    @BeforeAll
    static void secondEngine() throws Exception {
        gateway = sandbox.bridgeGateway();
        front = sandbox.startFront();
        second = sandbox.connectThrough(front);
    }

    @Test
    void theShadowOnTheSecondEngineReachesTheMastersPublishedPortAndTakesOverWhenTheMasterStops() throws Exception {
        String master = sandbox.master();
        Secret password = new Secret("Ha-across-" + System.nanoTime());
        try (SccClient masterClient = HaPairClients.firstRunAsMaster(sandbox.loopbackHost(), sandbox.port(), password)) {
            String note = HaPairMaker.describeAcrossEngines(sandbox.engine(), second, SECOND, PublishAddress.LOOPBACK,
                    THIS_COMPUTER, master);
            System.out.println("Note shown before pairing: " + note);
            assertThat(note).contains("engine '" + SECOND + "'").contains("host.docker.internal:" + sandbox.port())
                    .contains("recreated to publish it also on " + gateway);
            assertThat(sandbox.containers().adminPortAddresses(master)).as("nothing changed by the note")
                    .containsExactly("127.0.0.1");

            List<String> steps = new CopyOnWriteArrayList<>();
            ShadowMade made = makeAcrossEngines(masterClient, password, steps);

            assertThat(made.status().paired()).as("paired").isTrue();
            assertThat(front.connections()).as("the shadow was made through the second engine").isPositive();
            assertThat(sandbox.containers().adminPortAddresses(master)).containsExactly("127.0.0.1", gateway);
            assertThat(sandbox.engine().client().inspectContainerCmd(master + "-shadow").exec().getHostConfig()
                    .getExtraHosts())
                    .containsExactly("host.docker.internal:host-gateway");
            assertThat(sandbox.engine().client().listNetworksCmd().withNameFilter(master + "-ha").exec())
                    .as("no shared network").isEmpty();
            assertThat(masterClient.highAvailability().masterConfig().allowedShadowHost()).isEqualTo(THIS_COMPUTER);
            assertThat(String.join("\n", steps)).doesNotContain(password.value())
                    .contains("at host.docker.internal:" + sandbox.port());

            try (SccClient shadow = HaPairClients.shadowOf(made, password)) {
                assertThat(shadow.highAvailability().role()).isEqualTo(HaRole.SHADOW);
                TakeoverCheck.subaccountReachesTheShadow(masterClient, shadow, SUBACCOUNT, "HA across engines");
                new TakeoverCheck(CHECK_SECONDS, DELAY_SECONDS)
                        .shadowTakesOverWhenTheMasterStops("Takeover across engines", sandbox.containers(), master, shadow);
                assertThat(shadow.subaccount(REGION, SUBACCOUNT).subaccount()).isEqualTo(SUBACCOUNT);
            }
        }
    }

    @Test
    void rolesSwitchAcrossEnginesTheOldMasterJoinsTheNewOneAndReplicationRunsTheOtherWay() throws Exception {
        String master = sandbox.master();
        Secret password = new Secret("Ha-across-" + System.nanoTime());
        try (SccClient masterClient = HaPairClients.firstRunAsMaster(sandbox.loopbackHost(), sandbox.port(), password)) {
            List<String> steps = new CopyOnWriteArrayList<>();
            ShadowMade made = makeAcrossEngines(masterClient, password, steps);
            assertThat(made.switchProblem()).isNull();
            String shadowContainer = master + "-shadow";
            assertThat(sandbox.containers().adminPortAddresses(shadowContainer))
                    .as("the shadow published where the master reaches it")
                    .containsExactly("127.0.0.1", gateway);
            assertThat(sandbox.engine().client().inspectContainerCmd(shadowContainer).exec().getConfig().getEnv())
                    .contains("SCC_SANDBOX_HA_REACHABLE_AT=" + gateway + ":" + made.hostPort());
            assertThat(String.join("\n", steps)).contains("reaches the shadow at " + gateway + ":" + made.hostPort());

            try (SccClient shadowClient = HaPairClients.shadowOf(made, password)) {
                HaPairing pair = new HaPairing(masterClient, shadowClient);
                long asked = System.nanoTime();
                pair.switchRoles();
                await("the roles switched and settled", Duration.ofSeconds(30), () -> switched(pair));
                long settledMillis = (System.nanoTime() - asked) / 1_000_000;
                System.out.printf("Switch across engines (check interval %d s): both roles settled %d ms after the"
                        + " request (old shadow master with the shadow CONNECTED, old master shadow READY)%n",
                        CHECK_SECONDS, settledMillis);

                HaPairStatus status = pair.read();
                assertThat(status.secondRole()).isEqualTo(HaRole.MASTER);
                assertThat(status.secondMaster().state()).isEqualTo("CONNECTED");
                assertThat(status.firstRole()).isEqualTo(HaRole.SHADOW);
                assertThat(status.firstShadow().state()).isEqualTo("READY");
                assertThat(masterClient.highAvailability().shadowConfig().masterHost()).isEqualTo(gateway);
                assertThat(masterClient.highAvailability().shadowConfig().masterPort()).isEqualTo(made.hostPort());
                assertThat(shadowClient.highAvailability().masterConfig().allowedShadowHost())
                        .as("the new master accepts the old one only, by the name it reaches it at")
                        .isEqualTo("host.docker.internal");

                shadowClient.create(new SubaccountCreate(REGION, SUBACCOUNT, "admin@example.com",
                        new Secret("cloud-secret"), "Added after the switch", "ha", "added on the new master", false));
                await("the subaccount on the new shadow", Duration.ofSeconds(15), () -> masterClient.subaccounts().stream()
                        .anyMatch(s -> s.subaccount().equals(SUBACCOUNT)));
                assertThat(masterClient.subaccount(REGION, SUBACCOUNT).displayName()).isEqualTo("Added after the switch");
            }
        }
    }

    private static boolean switched(HaPairing pair) {
        try {
            HaPairStatus status = pair.read();
            return status.secondRole() == HaRole.MASTER && status.firstRole() == HaRole.SHADOW && status.paired();
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    @Test
    void aFailedStepRemovesTheShadowFromTheSecondEngineAndPutsTheMasterBackOnLoopbackOnly() throws Exception {
        String master = sandbox.master();
        try (WrongPasswordPairing pairing = new WrongPasswordPairing(sandbox)) {
            pairing.fails(makerAcrossEngines(), pairing.request(CHECK_SECONDS, DELAY_SECONDS).onEngine(SECOND))
                    .hasMessageContaining("published " + master + "'s port on 127.0.0.1 only again")
                    .hasMessageContaining("put back the master's high-availability settings");
            pairing.assertMasterLeftAsItWas();
            assertThat(sandbox.containers().adminPortAddresses(master)).containsExactly("127.0.0.1");
            assertThat(sandbox.containers().list()).noneMatch(c -> c.name().startsWith(master + "-replaced"));
        }
    }

    private static ShadowMade makeAcrossEngines(SccClient masterClient, Secret password, List<String> steps) {
        ShadowRequest request = ShadowRequest.forMaster(sandbox.master(), "Administrator", password, CHECK_SECONDS,
                DELAY_SECONDS).onEngine(SECOND);
        ShadowMade made = makerAcrossEngines().make(request, masterClient, steps::add);
        System.out.println("Steps reported:\n  " + String.join("\n  ", steps));
        return made;
    }

    private static HaPairMaker makerAcrossEngines() {
        return HaPairMaker.acrossEngines(sandbox.engine(), second, SECOND, PublishAddress.LOOPBACK, THIS_COMPUTER,
                Duration.ofSeconds(90));
    }
}
