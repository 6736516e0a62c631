package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tunnel drops told once per hour, against a real sandbox over HTTPS read by the fleet refresh: a subaccount
 * disconnected between two reads is told; the same drop read again is not; after the quiet hour a new drop is told
 * again; what was already down when first seen is never told.
 */
class TunnelWatchTest {
    @TempDir
    Path data;

    @Test
    void aTunnelThatLeavesConnectedIsToldOnceAnHour() throws Exception {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO, false));
        Secret password = new Secret("Watch-Fleet-1");
        InMemorySecretStore passwords = new InMemorySecretStore("test");
        passwords.put(AdminPasswordKeys.of("localhost", server.port(), "Administrator"), password);
        ConnectorProfile profile = ConnectorProfile.remote("Production", "https://localhost:" + server.port(),
                "Administrator").withPinnedSha256(server.certificateSha256());
        try (server; SccClient admin = new SccClient(new ConnectorEndpoint("localhost", server.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(server.certificateSha256()));
             FleetRefresh fleet = new FleetRefresh(passwords, Duration.ofSeconds(10), 2)) {
            admin.changeInitialPassword(new Secret("manage"), password);
            admin.setHaRole("master");
            server.seed(3);
            TunnelWatch watch = new TunnelWatch();
            Instant t0 = Instant.parse("2026-12-05T10:00:00Z");
            List<SubaccountSummary> subaccounts = admin.subaccounts();
            SubaccountSummary chosen = subaccounts.stream().filter(s -> admin.subaccount(s.regionHost(), s.subaccount())
                    .tunnel().state() == TunnelState.CONNECTED).findFirst().orElseThrow();
            String name = admin.subaccount(chosen.regionHost(), chosen.subaccount()).displayName();
            SubaccountSummary alreadyDown = subaccounts.stream().filter(s -> !s.equals(chosen)).findFirst().orElseThrow();
            admin.disconnect(alreadyDown.regionHost(), alreadyDown.subaccount());

            assertThat(watch.observe(fleet.read(List.of(profile)), t0)).as("first sight tells nothing").isEmpty();

            admin.disconnect(chosen.regionHost(), chosen.subaccount());
            List<TunnelWatch.Drop> drops = watch.observe(fleet.read(List.of(profile)), t0.plusSeconds(10));
            assertThat(drops).singleElement().satisfies(drop -> {
                assertThat(drop.connector()).isEqualTo("Production");
                assertThat(drop.subaccount()).isEqualTo(name);
                assertThat(drop.sentence()).isEqualTo(name + " (" + chosen.regionHost()
                        + ") on Production is no longer connected: disconnected.");
            });
            assertThat(watch.observe(fleet.read(List.of(profile)), t0.plusSeconds(20))).as("still down: told already")
                    .isEmpty();

            admin.connect(chosen.regionHost(), chosen.subaccount());
            assertThat(watch.observe(fleet.read(List.of(profile)), t0.plusSeconds(30))).isEmpty();
            admin.disconnect(chosen.regionHost(), chosen.subaccount());
            assertThat(watch.observe(fleet.read(List.of(profile)), t0.plusSeconds(40)))
                    .as("dropped again within the hour: not told twice").isEmpty();

            admin.connect(chosen.regionHost(), chosen.subaccount());
            watch.observe(fleet.read(List.of(profile)), t0.plus(Duration.ofMinutes(61)));
            admin.disconnect(chosen.regionHost(), chosen.subaccount());
            assertThat(watch.observe(fleet.read(List.of(profile)), t0.plus(Duration.ofMinutes(62))))
                    .as("after the quiet hour").hasSize(1);
        }
    }
}
