package dev.connectorconsole.ui.adopt;

import dev.connectorconsole.app.AdoptServices;
import dev.connectorconsole.app.EngineAdoptServices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.adopt.ConfigStorage;
import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.Notifier;

/** The adopt screen's behaviour without a toolkit: work and delivery run on the test thread. */
class AdoptViewModelTest {
    private static final ConfigStorage IN_CONTAINER_ONLY = new ConfigStorage(Map.of(), ConfigStorage.CONNECTOR_FOLDERS);
    private static final ConfigStorage IN_VOLUMES = new ConfigStorage(Map.of(
            "/opt/sap/scc/config", "v1", "/opt/sap/scc/config_master", "v2", "/opt/sap/scc/scc_config", "v3",
            "/opt/sap/scc/log", "v4"), List.of());

    private final Engine engine = new Engine();
    private final List<String> notes = new ArrayList<>();
    private final AtomicReference<ConnectorProfile> adoptedProfile = new AtomicReference<>();
    private final AdoptViewModel model = new AdoptViewModel(engine, BackgroundTasks.sameThread(), new Notes(),
            adoptedProfile::set, () -> adoptedProfile.get() == null ? "scc" : adoptedProfile.get().container(),
            signedOut());

    @Test
    void aScanListsContainersAndImagesAndMarksNoneAdoptedUntilTheUserChooses() {
        engine.found.add(container("myscc", "running", 8443, IN_CONTAINER_ONLY));
        engine.found.add(image("scc:latest"));

        model.refresh();

        assertThat(model.candidates()).extracting(ConnectorCandidate::name).containsExactly("myscc", "scc:latest");
        assertThat(model.scannedOnceProperty().get()).isTrue();
        assertThat(model.adoptedProperty().get()).isNull();
        assertThat(model.storageWarningProperty().get()).isEmpty();
    }

    @Test
    void adoptingRemembersTheContainerAsAProfileAndChangesNothingOnIt() {
        ConnectorCandidate myscc = container("myscc", "running", 8443, IN_CONTAINER_ONLY);
        engine.found.add(myscc);
        model.refresh();

        model.adopt(myscc);

        assertThat(adoptedProfile.get().container()).isEqualTo("myscc");
        assertThat(adoptedProfile.get().adminUrl()).isEqualTo("https://localhost:8443");
        assertThat(engine.calls).containsExactly("scan");
        assertThat(model.isAdopted(myscc)).isTrue();
        assertThat(notes).anyMatch(n -> n.contains("Nothing on the container was changed"));
        assertThat(model.storageWarningProperty().get()).isEqualTo(IN_CONTAINER_ONLY.recreateWarning())
                .contains("Make a backup");
        assertThat(model.canBackupProperty().get()).isTrue();
    }

    @Test
    void aContainerWithItsConfigurationInVolumesGetsNoWarning() {
        ConnectorCandidate kept = container("scc", "running", 8443, IN_VOLUMES);
        engine.found.add(kept);
        model.adopt(kept);

        assertThat(model.storageWarningProperty().get()).isEmpty();
    }

    @Test
    void anImageCannotBeAdopted() {
        model.adopt(image("scc:latest"));

        assertThat(adoptedProfile.get()).isNull();
        assertThat(model.errorProperty().get()).contains("Only a container can be adopted");
    }

    @Test
    void stopThenStartActOnTheAdoptedContainerAndReReadTheEngine() {
        ConnectorCandidate myscc = container("myscc", "running", 8443, IN_CONTAINER_ONLY);
        engine.found.add(myscc);
        model.adopt(myscc);
        assertThat(model.canStopProperty().get()).isTrue();
        assertThat(model.canStartProperty().get()).isFalse();

        engine.afterStop = container("myscc", "exited", null, IN_CONTAINER_ONLY);
        model.stopAdopted();

        assertThat(engine.calls).containsExactly("stop myscc", "scan");
        assertThat(model.adoptedProperty().get().state()).isEqualTo("exited");
        assertThat(model.canStartProperty().get()).isTrue();
        assertThat(model.canBackupProperty().get()).as("a stopped connector cannot answer").isFalse();

        engine.afterStart = myscc;
        model.startAdopted();
        assertThat(model.adoptedProperty().get().isRunning()).isTrue();
    }

    @Test
    void aFailedScanIsShownAsASentence() {
        engine.failure = new IllegalStateException("Docker is not running");

        model.refresh();

        assertThat(model.errorProperty().get()).isEqualTo("The Docker engine could not be scanned: Docker is not running");
        assertThat(model.scanningProperty().get()).isFalse();
    }

    @Test
    void theBackupOfAnAdoptedConnectorIsDownloadedOverPinnedHttps(@TempDir Path data, @TempDir Path out)
            throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO,
                true))) {
            Secret admin = new Secret("Adopt-Admin-1");
            try (SccClient client = new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                    new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(sandbox.certificateSha256()))) {
                client.changeInitialPassword(new Secret("manage"), admin);
            }
            AdoptViewModel real = new AdoptViewModel(new EngineAdoptServices(() -> {
                throw new AssertionError("a backup needs no engine");
            }), BackgroundTasks.sameThread(), new Notes(), profile -> { }, () -> "myscc", signedOut());
            real.adopt(container("myscc", "running", sandbox.port(), IN_CONTAINER_ONLY));
            assertThat(real.signedInUser()).as("not signed in: the dialog asks for the credentials").isEmpty();
            AtomicReference<ServerCertificate> presented = new AtomicReference<>();
            real.fetchCertificate(presented::set, problem -> { throw new AssertionError(problem); });
            assertThat(presented.get().sha256()).isEqualTo(sandbox.certificateSha256());

            Path target = out.resolve("myscc-backup.zip");
            List<String> failures = new ArrayList<>();
            boolean[] saved = {false};
            real.backup(presented.get().sha256(), new Credentials("Administrator", admin), new Secret("zip-pw"),
                    target, () -> saved[0] = true, failures::add);

            assertThat(failures).isEmpty();
            assertThat(saved[0]).isTrue();
            try (ZipFile zip = new ZipFile(target.toFile())) {
                assertThat(zip.getEntry("scc_config/state.json")).isNotNull();
            }
            assertThat(notes).anyMatch(n -> n.startsWith("Backup saved"));

            real.backup(presented.get().sha256(), new Credentials("Administrator", admin), new Secret(""),
                    out.resolve("empty.zip"), () -> { }, failures::add);
            assertThat(failures).singleElement().asString().contains("Choose a password for the backup");
            assertThat(Files.exists(out.resolve("empty.zip"))).isFalse();
        }
    }

    @Test
    void signedInToTheAdoptedConnectorTheBackupGoesThroughTheSessionsPinnedClient(@TempDir Path data,
                                                                                   @TempDir Path out) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO,
                true)); ConnectorSession session = signedOut(sandbox.certificateSha256())) {
            Secret admin = new Secret("Adopt-Admin-2");
            changeInitialPassword(sandbox, admin);
            session.signIn("https://127.0.0.1:" + sandbox.port(), "Administrator", admin);
            assertThat(session.state()).isEqualTo(SessionState.SIGNED_IN);
            Engine noCredentials = new Engine();
            AdoptViewModel real = new AdoptViewModel(noCredentials, BackgroundTasks.sameThread(), new Notes(),
                    profile -> { }, () -> "myscc", session);
            real.adopt(container("myscc", "running", sandbox.port(), IN_CONTAINER_ONLY));

            assertThat(real.signedInUser()).as("localhost and 127.0.0.1 are the same connector")
                    .contains("Administrator");
            Path target = out.resolve("signed-in.zip");
            List<String> failures = new ArrayList<>();
            boolean[] saved = {false};
            real.backupSignedIn(new Secret("zip-pw"), target, () -> saved[0] = true, failures::add);

            assertThat(failures).isEmpty();
            assertThat(saved[0]).isTrue();
            assertThat(noCredentials.calls).containsExactly("backup through the signed-in client");
            try (ZipFile zip = new ZipFile(target.toFile())) {
                assertThat(zip.getEntry("scc_config/state.json")).isNotNull();
            }
            assertThat(session.state()).as("the session is still signed in").isEqualTo(SessionState.SIGNED_IN);
        }
    }

    @Test
    void signedInToAnotherConnectorOrSignedOutTheBackupCannotUseTheSession(@TempDir Path data) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO,
                true)); ConnectorSession session = signedOut(sandbox.certificateSha256())) {
            Secret admin = new Secret("Adopt-Admin-3");
            changeInitialPassword(sandbox, admin);
            session.signIn("https://localhost:" + sandbox.port(), "Administrator", admin);
            assertThat(session.state()).isEqualTo(SessionState.SIGNED_IN);
            AdoptViewModel real = new AdoptViewModel(engine, BackgroundTasks.sameThread(), new Notes(),
                    profile -> { }, () -> "other", session);
            int otherPort = sandbox.port() == 65535 ? 65534 : sandbox.port() + 1;
            real.adopt(container("other", "running", otherPort, IN_CONTAINER_ONLY));

            assertThat(real.signedInUser()).as("another port is another connector").isEmpty();
            List<String> failures = new ArrayList<>();
            real.backupSignedIn(new Secret("zip-pw"), data.resolve("x.zip"), () -> { }, failures::add);
            assertThat(failures).singleElement().asString().contains("no longer signed in")
                    .doesNotContain("Adopt-Admin-3");

            real.adopt(container("myscc", "running", sandbox.port(), IN_CONTAINER_ONLY));
            assertThat(real.signedInUser()).contains("Administrator");
            session.signOut();
            assertThat(real.signedInUser()).as("signed out: the dialog asks again").isEmpty();
            assertThat(engine.calls).isEmpty();
        }
    }

    private static ConnectorSession signedOut() {
        return signedOut(null);
    }

    private static ConnectorSession signedOut(String pinnedSha256) {
        return new ConnectorSession(new PinnedClientFactory(), BackgroundTasks.sameThread(), pinnedSha256,
                pin -> { });
    }

    private static void changeInitialPassword(SandboxServer sandbox, Secret admin) {
        try (SccClient client = new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(sandbox.certificateSha256()))) {
            client.changeInitialPassword(new Secret("manage"), admin);
        }
    }

    private static ConnectorCandidate container(String name, String state, Integer port, ConfigStorage storage) {
        return new ConnectorCandidate(ConnectorCandidate.Kind.CONTAINER, "id-" + name, name, "scc", state, port,
                List.of("Publishes the connector's admin port 8443 on host port " + port), storage, false);
    }

    private static ConnectorCandidate image(String tag) {
        return new ConnectorCandidate(ConnectorCandidate.Kind.IMAGE, "sha256:1", tag, tag, "", null,
                List.of("Its configuration points at /opt/sap/scc"), null, false);
    }

    private final class Notes implements Notifier {
        @Override public void info(String title, String text) { notes.add(title + ": " + text); }
        @Override public void success(String title, String text) { notes.add(title + ": " + text); }
        @Override public void failure(String title, String text) { notes.add(title + ": " + text); }
    }

    /** The engine as the adopt screen sees it: what a scan finds, and what stop and start leave behind. */
    private static final class Engine implements AdoptServices {
        final List<ConnectorCandidate> found = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        ConnectorCandidate afterStop;
        ConnectorCandidate afterStart;
        RuntimeException failure;

        @Override
        public List<ConnectorCandidate> scan() {
            calls.add("scan");
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(found);
        }

        @Override
        public void start(String container) {
            calls.add("start " + container);
            replace(afterStart);
        }

        @Override
        public void stop(String container) {
            calls.add("stop " + container);
            replace(afterStop);
        }

        private void replace(ConnectorCandidate now) {
            found.removeIf(c -> c.name().equals(now.name()));
            found.add(0, now);
        }

        @Override
        public ServerCertificate certificate(String host, int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long backup(String host, int port, String sha256, Credentials admin, Secret password, Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long backup(SccClient signedIn, Secret password, Path target) {
            calls.add("backup through the signed-in client");
            return signedIn.backup(password, target);
        }
    }
}
