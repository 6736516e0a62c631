package dev.connectorconsole.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    @TempDir
    Path dataDir;
    private SandboxServer sandbox;
    private ConnectorSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private DashboardViewModel model(ConnectorSession s) {
        return new DashboardViewModel(s, BackgroundTasks.sameThread(), Clock.fixed(NOW, ZoneOffset.UTC), () -> 10);
    }

    @Test
    void notSignedInUntilASessionExists() {
        ConnectorSession signedOut = new ConnectorSession(new dev.connectorconsole.ui.session.PinnedClientFactory(),
                BackgroundTasks.sameThread(), null, pin -> { });
        DashboardViewModel model = model(signedOut);
        model.refresh();
        assertThat(model.statusProperty().get()).isEqualTo(DashboardStatus.NOT_SIGNED_IN);
    }

    @Test
    void emptyThenListedWithFiltersAndUpdateTime() {
        sandbox = SandboxConnector.start(dataDir);
        session = SandboxConnector.signedIn(sandbox);
        DashboardViewModel model = model(session);
        model.refresh();
        assertThat(model.statusProperty().get()).isEqualTo(DashboardStatus.EMPTY);
        assertThat(model.updatedTextProperty().get()).isEqualTo("Updated at 10:15:30");

        sandbox.seed(3);
        var client = session.client().orElseThrow();
        var first = client.subaccounts().get(0);
        client.disconnect(first.regionHost(), first.subaccount());
        model.refresh();

        assertThat(model.statusProperty().get()).isEqualTo(DashboardStatus.READY);
        assertThat(model.rows()).hasSize(3);
        assertThat(model.count(DashboardFilter.CONNECTED).get()).isEqualTo(2);
        assertThat(model.count(DashboardFilter.DISCONNECTED).get()).isEqualTo(1);
        model.filterProperty().set(DashboardFilter.DISCONNECTED);
        assertThat(model.visibleRows()).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(TunnelState.DISCONNECTED));
        model.filterProperty().set(DashboardFilter.FAILED);
        assertThat(model.visibleRows()).isEmpty();
    }

    @Test
    void switchingBackShowsTheLastKnownRowsAtOnceAndNeverAnotherConnectorsRows(@org.junit.jupiter.api.io.TempDir
                                                                                java.nio.file.Path otherData) {
        sandbox = SandboxConnector.start(dataDir);
        session = SandboxConnector.signedIn(sandbox);
        sandbox.seed(2);
        SandboxServer other = SandboxConnector.start(otherData);
        try {
            try (var first = new dev.connectorconsole.connector.SccClient(
                    new dev.connectorconsole.connector.ConnectorEndpoint("127.0.0.1", other.port()),
                    new dev.connectorconsole.connector.Credentials("Administrator",
                            new dev.connectorconsole.common.Secret("manage")),
                    dev.connectorconsole.connector.TrustSettings.pinned(other.certificateSha256()))) {
                first.changeInitialPassword(new dev.connectorconsole.common.Secret("manage"),
                        new dev.connectorconsole.common.Secret(SandboxConnector.NEW_PASSWORD));
                first.setHaRole("master");
            }
            other.seed(1);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            var first = dev.connectorconsole.settings.ConnectorProfile.remote("First", SandboxConnector.url(sandbox),
                    "Administrator");
            var second = dev.connectorconsole.settings.ConnectorProfile.remote("Second", SandboxConnector.url(other),
                    "Administrator");
            var shown = new dev.connectorconsole.ui.session.ShownConnector(
                    new dev.connectorconsole.app.LastKnownStates(), clock, first);
            DashboardViewModel model = new DashboardViewModel(session, BackgroundTasks.sameThread(), clock, () -> 10,
                    shown);
            model.refresh();
            assertThat(model.rows()).hasSize(2);

            session.useConnector(other.certificateSha256());
            shown.show(second);
            assertThat(model.rows()).as("never seen: nothing, not the other connector's rows").isEmpty();
            session.signIn(SandboxConnector.url(other), "Administrator",
                    new dev.connectorconsole.common.Secret(SandboxConnector.NEW_PASSWORD));
            model.refresh();
            assertThat(model.rows()).hasSize(1);

            session.useConnector(sandbox.certificateSha256());
            shown.show(first);
            assertThat(model.rows()).as("its last known rows, before any call").hasSize(2);
            assertThat(model.statusProperty().get()).isEqualTo(DashboardStatus.READY);
            assertThat(model.updatedTextProperty().get()).isEqualTo("As of 10:15:30, refreshing…");
        } finally {
            other.close();
        }
    }

    @Test
    void eachRowSaysHowManySystemsItsSubaccountExposes() {
        sandbox = SandboxConnector.start(dataDir);
        session = SandboxConnector.signedIn(sandbox);
        sandbox.seed(2);
        var client = session.client().orElseThrow();
        var exposing = client.subaccounts().get(1);
        var mappings = client.systemMappings(exposing.regionHost(), exposing.subaccount());
        mappings.create(dev.connectorconsole.connector.SystemMapping.of("erp", "443", "erp.corp", "44300", "HTTPS",
                "abapSys", "NONE"));
        mappings.create(dev.connectorconsole.connector.SystemMapping.of("wiki", "80", "wiki.corp", "8080", "HTTP",
                "nonSAPsys", "NONE"));
        DashboardViewModel model = model(session);

        model.refresh();

        assertThat(model.rows()).extracting(DashboardRow::subaccount, DashboardRow::systemsText).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(client.subaccounts().get(0).subaccount(), "none"),
                org.assertj.core.groups.Tuple.tuple(exposing.subaccount(), "2 exposed"));
    }

    @Test
    void unreachableConnectorIsShownAndRecoversWhenItAnswersAgain() {
        sandbox = SandboxConnector.start(dataDir);
        session = SandboxConnector.signedIn(sandbox);
        DashboardViewModel model = model(session);
        int port = sandbox.port();
        sandbox.close();
        model.refresh();
        assertThat(model.statusProperty().get()).isEqualTo(DashboardStatus.UNREACHABLE);
        assertThat(model.problemProperty().get()).contains(String.valueOf(port));

        sandbox = dev.connectorconsole.sandbox.SandboxServer.start(new dev.connectorconsole.sandbox.SandboxOptions(
                port, dataDir, "127.0.0.1", Duration.ofMillis(200), false));
        model.refresh();
        assertThat(model.statusProperty().get()).isEqualTo(DashboardStatus.EMPTY);
        assertThat(session.state()).isEqualTo(dev.connectorconsole.ui.session.SessionState.SIGNED_IN);
    }

    @Test
    void rowTextsForTimeCertificateAndApplications() {
        DashboardRow row = new DashboardRow("cf.eu10.hana.ondemand.com", "id", "Prod", "", TunnelState.CONNECTED,
                NOW.minus(Duration.ofMinutes(185)), 5,
                List.of(new dev.connectorconsole.connector.ApplicationConnection(2, "acct:app1", "JAVA"),
                        new dev.connectorconsole.connector.ApplicationConnection(3, "acct:app2", "JAVA")),
                NOW.plus(Duration.ofDays(30)).plusSeconds(60));
        assertThat(row.connectedSinceText(NOW)).isEqualTo("3 h ago");
        assertThat(row.certificateText(NOW)).isEqualTo("30 days left");
        assertThat(row.certificateNeedsAttention(NOW)).isTrue();
        assertThat(row.applicationsText()).isEqualTo("2 apps, 5 connections");
        assertThat(row.applicationsDetail()).contains("acct:app1 (JAVA): 2");

        DashboardRow healthy = new DashboardRow("h", "id", "n", "", TunnelState.DISCONNECTED, null, 0, List.of(),
                NOW.plus(Duration.ofDays(31)).plusSeconds(60));
        assertThat(healthy.certificateNeedsAttention(NOW)).isFalse();
        assertThat(healthy.connectedSinceText(NOW)).isEqualTo("—");
        assertThat(healthy.applicationsText()).isEqualTo("none");
        assertThat(RelativeTime.since(NOW.minusSeconds(20), NOW)).isEqualTo("just now");
        assertThat(RelativeTime.since(NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo("2 days ago");
    }
}
