package dev.connectorconsole.e2e;

import dev.connectorconsole.app.HaPairMaker;
import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.app.HaPairing;
import dev.connectorconsole.app.ShadowMade;
import dev.connectorconsole.app.ShadowRequest;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.MasterHaConfig;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.engine.TlsEngineFront;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the real engine, with the shadow made through a second engine: a TLS front requiring a client certificate in
 * front of this machine's engine, as Settings names another engine. The master (on the default engine, its port on
 * loopback as the console publishes it) is recreated to publish its port on the bridge gateway too, the shadow dials
 * it at host.docker.internal, a subaccount added on the master reaches the shadow, and when the master stops the
 * shadow takes over. Prints the takeover time against the configured delay. A failed step removes the shadow made on
 * the second engine and puts the master back as it was: published on loopback only, its HA settings unchanged.
 */
class HaPairAcrossEnginesEndToEndTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SUBACCOUNT = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a";
    private static final String SECOND = "second-engine";
    private static final String THIS_COMPUTER = "console-pc";
    private static final int CHECK_SECONDS = 1;
    private static final int DELAY_SECONDS = 2;

    private static EngineConnection engine;
    private static ContainerManager containers;
    private static String tag;
    private static String host;
    private static String gateway;
    private static TlsEngineFront front;

    private final String master = EngineTestSupport.uniqueName("ha-across");
    private int port;

    @BeforeAll
    static void imageAndSecondEngine(@TempDir Path work) throws Exception {
        engine = EngineTestSupport.connect();
        containers = new ContainerManager(engine);
        tag = EngineTestSupport.uniqueName("ha-across-image") + ":e2e";
        host = PublishAddress.reachAt(PublishAddress.LOOPBACK, engine.endpoint());
        gateway = new ContainerNetworks(engine).bridgeGateway().orElseThrow();
        SandboxImages.build(engine, tag, work);
        front = TlsEngineFront.start(work.resolve("certs"));
    }

    @AfterAll
    static void removeImage() throws Exception {
        try {
            front.close();
            TestImages.removeImage(engine, tag);
        } finally {
            engine.close();
        }
    }

    @BeforeEach
    void masterContainer() throws InterruptedException {
        port = PortCheck.nextFree(PublishAddress.LOOPBACK, 19943);
        containers.run(ContainerSpec.connectorDefaults(master, tag, port).withLabels(TestImages.LABELS));
        SandboxImages.assertReady(host, port);
    }

    @AfterEach
    void removeContainers() {
        for (String container : List.of(master + "-shadow", master)) {
            if (containers.inspect(container).isPresent()) {
                containers.remove(container, true);
            }
        }
    }

    @Test
    void theShadowOnTheSecondEngineReachesTheMastersPublishedPortAndTakesOverWhenTheMasterStops() throws Exception {
        Secret password = new Secret("Ha-across-" + System.nanoTime());
        try (SccClient masterClient = firstRunAsMaster(password);
             EngineConnection second = EngineConnection.open(front.endpoint())) {
            String note = HaPairMaker.describeAcrossEngines(engine, second, SECOND, PublishAddress.LOOPBACK, THIS_COMPUTER, master);
            System.out.println("Note shown before pairing: " + note);
            assertThat(note).contains("engine '" + SECOND + "'").contains("host.docker.internal:" + port)
                    .contains("recreated to publish it also on " + gateway);
            assertThat(containers.adminPortAddresses(master)).as("nothing changed by the note").containsExactly("127.0.0.1");

            List<String> steps = new CopyOnWriteArrayList<>();
            ShadowRequest request = ShadowRequest.forMaster(master, "Administrator", password, CHECK_SECONDS, DELAY_SECONDS)
                    .onEngine(SECOND);
            ShadowMade made = HaPairMaker.acrossEngines(engine, second, SECOND, PublishAddress.LOOPBACK, THIS_COMPUTER,
                    Duration.ofSeconds(90)).make(request, masterClient, steps::add);
            System.out.println("Steps reported:\n  " + String.join("\n  ", steps));

            assertThat(made.status().paired()).as("paired").isTrue();
            assertThat(front.connections()).as("the shadow was made through the second engine").isPositive();
            assertThat(containers.adminPortAddresses(master)).containsExactly("127.0.0.1", gateway);
            assertThat(engine.client().inspectContainerCmd(master + "-shadow").exec().getHostConfig().getExtraHosts())
                    .containsExactly("host.docker.internal:host-gateway");
            assertThat(engine.client().listNetworksCmd().withNameFilter(master + "-ha").exec()).as("no shared network").isEmpty();
            assertThat(masterClient.highAvailability().masterConfig().allowedShadowHost()).isEqualTo(THIS_COMPUTER);
            assertThat(String.join("\n", steps)).doesNotContain(password.value())
                    .contains("at host.docker.internal:" + port);

            try (SccClient shadow = new SccClient(new ConnectorEndpoint(made.adminHost(), made.hostPort()),
                    new Credentials(made.user(), password), TrustSettings.pinned(made.fingerprint()))) {
                assertThat(shadow.highAvailability().role()).isEqualTo(HaRole.SHADOW);
                masterClient.create(new SubaccountCreate(REGION, SUBACCOUNT, "admin@example.com",
                        new Secret("cloud-secret"), "HA across engines", "ha", "added on the master", false));
                await("the subaccount on the shadow", Duration.ofSeconds(15), () -> shadow.subaccounts().stream()
                        .anyMatch(s -> s.subaccount().equals(SUBACCOUNT)));

                long stopIssued = System.nanoTime();
                containers.stop(master);
                long stopped = System.nanoTime();
                await("the shadow answering as master", Duration.ofSeconds(30), () -> isMaster(shadow));
                long tookOver = System.nanoTime();

                long sinceIssued = (tookOver - stopIssued) / 1_000_000;
                long sinceStopped = (tookOver - stopped) / 1_000_000;
                System.out.printf("Takeover across engines: check interval %d s, takeover delay %d s; master stop took %d ms;"
                                + " shadow answered as master %d ms after the stop was issued (%d ms after the container had stopped)%n",
                        CHECK_SECONDS, DELAY_SECONDS, (stopped - stopIssued) / 1_000_000, sinceIssued, sinceStopped);
                assertThat(sinceIssued).as("not before the takeover delay").isGreaterThanOrEqualTo(DELAY_SECONDS * 1000L);
                assertThat(sinceStopped).as("within delay + check interval + slack")
                        .isLessThan((DELAY_SECONDS + CHECK_SECONDS) * 1000L + 3000);
                assertThat(shadow.subaccount(REGION, SUBACCOUNT).subaccount()).isEqualTo(SUBACCOUNT);
            }
        }
    }

    @Test
    void rolesSwitchAcrossEnginesTheOldMasterJoinsTheNewOneAndReplicationRunsTheOtherWay() throws Exception {
        Secret password = new Secret("Ha-across-" + System.nanoTime());
        try (SccClient masterClient = firstRunAsMaster(password);
             EngineConnection second = EngineConnection.open(front.endpoint())) {
            List<String> steps = new CopyOnWriteArrayList<>();
            ShadowRequest request = ShadowRequest.forMaster(master, "Administrator", password, CHECK_SECONDS, DELAY_SECONDS)
                    .onEngine(SECOND);
            ShadowMade made = HaPairMaker.acrossEngines(engine, second, SECOND, PublishAddress.LOOPBACK, THIS_COMPUTER,
                    Duration.ofSeconds(90)).make(request, masterClient, steps::add);
            System.out.println("Steps reported:\n  " + String.join("\n  ", steps));
            assertThat(made.switchProblem()).isNull();
            String shadowContainer = master + "-shadow";
            assertThat(containers.adminPortAddresses(shadowContainer)).as("the shadow published where the master reaches it")
                    .containsExactly("127.0.0.1", gateway);
            assertThat(engine.client().inspectContainerCmd(shadowContainer).exec().getConfig().getEnv())
                    .contains("SCC_SANDBOX_HA_REACHABLE_AT=" + gateway + ":" + made.hostPort());
            assertThat(String.join("\n", steps)).contains("reaches the shadow at " + gateway + ":" + made.hostPort());

            try (SccClient shadowClient = new SccClient(new ConnectorEndpoint(made.adminHost(), made.hostPort()),
                    new Credentials(made.user(), password), TrustSettings.pinned(made.fingerprint()))) {
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
        Secret password = new Secret("Ha-across-" + System.nanoTime());
        Secret wrong = new Secret("Not-the-master-" + System.nanoTime());
        try (SccClient masterClient = firstRunAsMaster(password);
             EngineConnection second = EngineConnection.open(front.endpoint())) {
            MasterHaConfig before = masterClient.highAvailability().masterConfig();
            List<String> steps = new CopyOnWriteArrayList<>();
            ShadowRequest request = ShadowRequest.forMaster(master, "Administrator", wrong, CHECK_SECONDS, DELAY_SECONDS)
                    .onEngine(SECOND);
            HaPairMaker maker = HaPairMaker.acrossEngines(engine, second, SECOND, PublishAddress.LOOPBACK, THIS_COMPUTER,
                    Duration.ofSeconds(90));

            assertThatThrownBy(() -> maker.make(request, masterClient, steps::add))
                    .isInstanceOf(HaPairMaker.Failed.class)
                    .hasMessageStartingWith("Connecting the shadow to the master " + master + " failed")
                    .hasMessageContaining("removed the container " + master + "-shadow and its volumes")
                    .hasMessageContaining("published " + master + "'s port on 127.0.0.1 only again")
                    .hasMessageContaining("put back the master's high-availability settings")
                    .hasMessageNotContaining(wrong.value()).hasMessageNotContaining(password.value());
            System.out.println("Steps reported:\n  " + String.join("\n  ", steps));

            assertThat(containers.inspect(master + "-shadow")).isEmpty();
            assertThat(engine.client().listVolumesCmd().exec().getVolumes())
                    .noneMatch(v -> v.getName().startsWith(master + "-shadow"));
            assertThat(containers.inspect(master)).hasValueSatisfying(c -> assertThat(c.running()).isTrue());
            assertThat(containers.adminPortAddresses(master)).containsExactly("127.0.0.1");
            assertThat(containers.list()).noneMatch(c -> c.name().startsWith(master + "-replaced"));
            assertThat(masterClient.highAvailability().masterConfig()).isEqualTo(before);
            assertThat(masterClient.highAvailability().role()).isEqualTo(HaRole.MASTER);
        }
    }

    private static boolean isMaster(SccClient client) {
        try {
            return client.highAvailability().role() == HaRole.MASTER;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private SccClient firstRunAsMaster(Secret password) {
        TrustSettings pinned = TrustSettings.pinned(CertificateProbe.fetch(host, port).sha256());
        SccClient client = new SccClient(new ConnectorEndpoint(host, port),
                new Credentials("Administrator", new Secret("manage")), pinned);
        client.changeInitialPassword(new Secret("manage"), password);
        client.setHaRole("master");
        client.close();
        return new SccClient(new ConnectorEndpoint(host, port), new Credentials("Administrator", password), pinned);
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
