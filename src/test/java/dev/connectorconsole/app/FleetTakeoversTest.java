package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.testsupport.SandboxClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background watch over a real pair of sandboxes over HTTPS: nothing is told while the pair runs; when the master
 * stops, the shadow that takes over is told once, by name; when the old master starts again and becomes the shadow of
 * the one that took over, nothing more is told.
 */
class FleetTakeoversTest {
    private static final String PASSWORD = "Takeover-Pass-4";

    @TempDir
    Path masterDir;
    @TempDir
    Path shadowDir;

    @Test
    void theShadowThatTakesOverIsToldOnceByNameAndTheOldMasterComingBackAsShadowIsNoSecondTakeover() throws Exception {
        SandboxServer[] masterServer = {SandboxServer.start(SandboxOptions.defaults(masterDir).withConnectDelay(Duration.ZERO))};
        try (SandboxServer shadowServer = SandboxServer.start(SandboxOptions.defaults(shadowDir)
                     .withConnectDelay(Duration.ZERO));
             SccClient master = SandboxClients.master(masterServer[0], new Secret(PASSWORD));
             SccClient shadow = SandboxClients.passwordChanged(shadowServer, new Secret(PASSWORD))) {
            new HaPairing(master, shadow).pair(new HaPairing.ShadowSettings("localhost", masterServer[0].port(),
                    "localhost", 1, 2), "Administrator", new Secret(PASSWORD));
            InMemorySecretStore passwords = new InMemorySecretStore("test");
            List<ConnectorProfile> profiles = List.of(profile("Plant A", masterServer[0], passwords),
                    profile("Plant B", shadowServer, passwords));
            FleetTakeovers watch = new FleetTakeovers();
            try (FleetRefresh fleet = new FleetRefresh(passwords, Duration.ofSeconds(5), 2)) {
                assertThat(watch.observe(fleet.read(profiles, true))).isEmpty();
                assertThat(fleet.read(profiles, true)).extracting(FleetReading::haRole)
                        .containsExactly("master", "shadow");

                int masterPort = masterServer[0].port();
                masterServer[0].close();
                List<String> told = List.of();
                long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (told.isEmpty() && System.nanoTime() < end) {
                    Thread.sleep(250);
                    told = watch.observe(fleet.read(profiles, true));
                }

                assertThat(told).singleElement().asString().startsWith("Plant B is master now: it was the shadow");
                assertThat(watch.observe(fleet.read(profiles, true))).as("told once").isEmpty();

                masterServer[0] = SandboxServer.start(SandboxOptions.defaults(masterDir).withConnectDelay(Duration.ZERO)
                        .withPort(masterPort));
                List<String> toldAfterReturn = new java.util.ArrayList<>();
                List<FleetReading> readings = fleet.read(profiles, true);
                end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (!"shadow".equals(readings.get(0).haRole()) && System.nanoTime() < end) {
                    toldAfterReturn.addAll(watch.observe(readings));
                    Thread.sleep(100);
                    readings = fleet.read(profiles, true);
                }
                toldAfterReturn.addAll(watch.observe(readings));
                assertThat(readings).extracting(FleetReading::haRole).as("roles swapped").containsExactly("shadow", "master");
                assertThat(toldAfterReturn).as("the old master becoming shadow is no takeover").isEmpty();
            }
        } finally {
            masterServer[0].close();
        }
    }

    private static ConnectorProfile profile(String name, SandboxServer server, InMemorySecretStore passwords) {
        passwords.put(AdminPasswordKeys.of("localhost", server.port(), "Administrator"), new Secret(PASSWORD));
        return ConnectorProfile.remote(name, "https://localhost:" + server.port(), "Administrator")
                .withPinnedSha256(server.certificateSha256());
    }
}
