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
import dev.connectorconsole.connector.SubaccountUpdate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.TestImages;
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
 * On the real engine: the console makes a shadow container for a running sandbox master, a subaccount added on the
 * master reaches the shadow, the roles switch and switch back over the shared network, and when the master container
 * stops the shadow takes over and serves the subaccount.
 * Prints the time from the stop to the shadow answering as master against the configured takeover delay. When a step
 * fails, the master is left as it was and what was made is gone.
 */
class HaPairTakeoverEndToEndTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SUBACCOUNT = "7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6";
    private static final int CHECK_SECONDS = 1;
    private static final int DELAY_SECONDS = 2;

    private static EngineConnection engine;
    private static ContainerManager containers;
    private static ContainerNetworks networks;
    private static String tag;
    private static String host;

    private final String master = EngineTestSupport.uniqueName("ha-master");
    private int port;

    @BeforeAll
    static void image(@TempDir Path work) throws Exception {
        engine = EngineTestSupport.connect();
        containers = new ContainerManager(engine);
        networks = new ContainerNetworks(engine);
        tag = EngineTestSupport.uniqueName("ha-image") + ":e2e";
        host = PublishAddress.reachAt(PublishAddress.LOOPBACK, engine.endpoint());
        SandboxImages.build(engine, tag, work);
    }

    @AfterAll
    static void removeImage() {
        try {
            TestImages.removeImage(engine, tag);
        } finally {
            engine.close();
        }
    }

    @BeforeEach
    void masterContainer() throws InterruptedException {
        port = PortCheck.nextFree(PublishAddress.LOOPBACK, 19743);
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
        networks.remove(master + "-ha");
    }

    @Test
    void aFailedStepLeavesTheMasterAsItWasAndRemovesWhatWasMade() {
        Secret password = new Secret("Ha-e2e-" + System.nanoTime());
        Secret wrong = new Secret("Not-the-master-" + System.nanoTime());
        try (SccClient masterClient = firstRunAsMaster(host, port, password)) {
            MasterHaConfig before = masterClient.highAvailability().masterConfig();
            List<String> steps = new CopyOnWriteArrayList<>();
            HaPairMaker maker = new HaPairMaker(containers, networks, host, Duration.ofSeconds(90));
            ShadowRequest request = ShadowRequest.forMaster(master, "Administrator", wrong, CHECK_SECONDS, DELAY_SECONDS);

            assertThatThrownBy(() -> maker.make(request, masterClient, steps::add))
                    .isInstanceOf(HaPairMaker.Failed.class)
                    .hasMessageStartingWith("Connecting the shadow to the master " + master + " failed")
                    .hasMessageContaining("removed the container " + master + "-shadow and its volumes")
                    .hasMessageContaining("removed the network " + master + "-ha")
                    .hasMessageNotContaining(wrong.value()).hasMessageNotContaining(password.value());
            System.out.println("Steps reported:\n  " + String.join("\n  ", steps));

            assertThat(containers.inspect(master + "-shadow")).isEmpty();
            assertThat(engine.client().listVolumesCmd().exec().getVolumes())
                    .noneMatch(v -> v.getName().startsWith(master + "-shadow"));
            assertThat(networks.exists(master + "-ha")).isFalse();
            assertThat(containers.inspect(master)).hasValueSatisfying(c -> assertThat(c.running()).isTrue());
            assertThat(masterClient.highAvailability().masterConfig()).isEqualTo(before);
            assertThat(masterClient.highAvailability().role()).isEqualTo(HaRole.MASTER);
            assertThat(String.join("\n", steps)).doesNotContain(wrong.value());
        }
    }

    @Test
    void theShadowMadeByTheConsoleTakesOverWhenTheMasterContainerStops() throws Exception {
        Secret password = new Secret("Ha-e2e-" + System.nanoTime());
        try (SccClient masterClient = firstRunAsMaster(host, port, password)) {
            ShadowRequest request = ShadowRequest.forMaster(master, "Administrator", password, CHECK_SECONDS, DELAY_SECONDS);
            List<String> steps = new CopyOnWriteArrayList<>();
            ShadowMade made = new HaPairMaker(containers, networks, host, Duration.ofSeconds(90))
                    .make(request, masterClient, steps::add);
            System.out.println("Steps reported:\n  " + String.join("\n  ", steps));
            assertThat(made.status().paired()).as("paired").isTrue();
            assertThat(steps).anyMatch(s -> s.startsWith("Starting the shadow container")).last().asString()
                    .startsWith("Paired:");
            assertThat(networks.isConnected(request.network(), master)).isTrue();
            assertThat(String.join("\n", steps)).doesNotContain(password.value());

            try (SccClient shadow = new SccClient(new ConnectorEndpoint(made.adminHost(), made.hostPort()),
                    new Credentials(made.user(), password), TrustSettings.pinned(made.fingerprint()))) {
                assertThat(shadow.highAvailability().role()).isEqualTo(HaRole.SHADOW);
                masterClient.create(new SubaccountCreate(REGION, SUBACCOUNT, "admin@example.com",
                        new Secret("cloud-secret"), "HA pair", "ha", "added on the master", false));
                await("the subaccount on the shadow", Duration.ofSeconds(15), () -> shadow.subaccounts().stream()
                        .anyMatch(s -> s.subaccount().equals(SUBACCOUNT)));

                assertThat(engine.client().inspectContainerCmd(made.container()).exec().getConfig().getEnv())
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

                long stopIssued = System.nanoTime();
                containers.stop(master);
                long stopped = System.nanoTime();
                await("the shadow answering as master", Duration.ofSeconds(30), () -> isMaster(shadow));
                long tookOver = System.nanoTime();

                long sinceIssued = (tookOver - stopIssued) / 1_000_000;
                long sinceStopped = (tookOver - stopped) / 1_000_000;
                System.out.printf("Takeover: check interval %d s, takeover delay %d s; master stop took %d ms; "
                                + "shadow answered as master %d ms after the stop was issued (%d ms after the container had stopped)%n",
                        CHECK_SECONDS, DELAY_SECONDS, (stopped - stopIssued) / 1_000_000, sinceIssued, sinceStopped);
                assertThat(sinceIssued).as("not before the takeover delay").isGreaterThanOrEqualTo(DELAY_SECONDS * 1000L);
                assertThat(sinceStopped).as("within delay + check interval + slack")
                        .isLessThan((DELAY_SECONDS + CHECK_SECONDS) * 1000L + 3000);

                assertThat(shadow.subaccount(REGION, SUBACCOUNT).subaccount()).isEqualTo(SUBACCOUNT);
                shadow.update(REGION, SUBACCOUNT, new SubaccountUpdate(null, null, "changed on the new master", null));
                assertThat(shadow.subaccount(REGION, SUBACCOUNT).description()).isEqualTo("changed on the new master");
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

    private static boolean isMaster(SccClient client) {
        try {
            return client.highAvailability().role() == HaRole.MASTER;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static SccClient firstRunAsMaster(String host, int port, Secret password) {
        TrustSettings pinned = TrustSettings.pinned(CertificateProbe.fetch(host, port).sha256());
        SccClient client = new SccClient(new ConnectorEndpoint(host, port),
                new Credentials("Administrator", new Secret("manage")), pinned);
        client.changeInitialPassword(new Secret("manage"), password);
        client.setHaRole("master");
        return client;
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
