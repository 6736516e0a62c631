package dev.connectorconsole.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's state machine against the real sandbox connector over HTTPS, with a same-thread executor. */
class ConnectorSessionTest {
    private static final String FINGERPRINT_OF_ANOTHER_SERVER =
            "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";

    @TempDir
    Path dataDir;
    private SandboxServer sandbox;
    private final List<String> pinned = new ArrayList<>();
    private ConnectorSession session;

    @BeforeEach
    void start() {
        sandbox = SandboxConnector.start(dataDir);
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        sandbox.close();
    }

    private ConnectorSession session(String pin) {
        session = new ConnectorSession(new PinnedClientFactory(), BackgroundTasks.sameThread(), pin, pinned::add);
        return session;
    }

    @Test
    void firstSignInWalksThroughCertificatePasswordChangeAndHaRole() {
        ConnectorSession s = session(null);
        s.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret("manage"));

        assertThat(s.state()).isEqualTo(SessionState.CERTIFICATE_TO_CONFIRM);
        assertThat(s.presentedCertificateProperty().get().sha256()).isEqualTo(sandbox.certificateSha256());
        assertThat(s.pinnedFingerprintProperty().get()).isNull();
        assertThat(pinned).isEmpty();

        s.trustPresentedCertificate();
        assertThat(pinned).containsExactly(sandbox.certificateSha256());
        assertThat(s.state()).isEqualTo(SessionState.PASSWORD_CHANGE_REQUIRED);

        List<SccException> rejections = new ArrayList<>();
        s.changeInitialPassword(new Secret("not-the-password"), new Secret("N3w-secret!"), rejections::add);
        assertThat(rejections).hasSize(1);
        assertThat(s.state()).isEqualTo(SessionState.PASSWORD_CHANGE_REQUIRED);

        s.changeInitialPassword(new Secret("manage"), new Secret("N3w-secret!"), rejections::add);
        assertThat(rejections).hasSize(1);
        assertThat(s.state()).isEqualTo(SessionState.HA_ROLE_REQUIRED);
        assertThat(s.lastErrorProperty().get()).as("a first-run step is not an error").isEmpty();

        s.chooseMasterRole();
        assertThat(s.state()).isEqualTo(SessionState.SIGNED_IN);
        assertThat(s.client()).isPresent();
        assertThat(s.client().get().haRole()).isEqualTo("master");
        assertThat(s.lastErrorProperty().get()).isEmpty();
        assertThat(s.toString()).doesNotContain("N3w-secret!");
    }

    @Test
    void wrongPasswordSignsOutWithASentenceAndForgetsTheClient() {
        ConnectorSession s = session(sandbox.certificateSha256());
        s.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret("guess"));
        assertThat(s.state()).isEqualTo(SessionState.SIGNED_OUT);
        assertThat(s.lastErrorProperty().get()).contains("did not accept user \"Administrator\"");
        assertThat(s.client()).isEmpty();
    }

    @Test
    void changedCertificateIsRefusedUntilTheUserTrustsItAgain() {
        ConnectorSession s = session(FINGERPRINT_OF_ANOTHER_SERVER);
        s.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret("manage"));
        assertThat(s.state()).isEqualTo(SessionState.CERTIFICATE_TO_CONFIRM);
        assertThat(s.pinnedFingerprintProperty().get()).isEqualTo(FINGERPRINT_OF_ANOTHER_SERVER);
        assertThat(s.presentedCertificateProperty().get().sha256()).isEqualTo(sandbox.certificateSha256());
        assertThat(s.client()).isEmpty();

        s.rejectCertificate();
        assertThat(s.state()).isEqualTo(SessionState.SIGNED_OUT);
        assertThat(pinned).isEmpty();

        s.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret("manage"));
        s.trustPresentedCertificate();
        assertThat(pinned).containsExactly(sandbox.certificateSha256());
        assertThat(s.state()).isEqualTo(SessionState.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void closedPortIsUnreachableAndABadAddressIsRefusedBeforeAnyCall() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectorSession s = session(null);
        s.signIn("https://127.0.0.1:" + closedPort, "Administrator", new Secret("manage"));
        assertThat(s.state()).isEqualTo(SessionState.UNREACHABLE);
        assertThat(s.lastErrorProperty().get()).contains(String.valueOf(closedPort));

        s.signIn("http://127.0.0.1:" + sandbox.port(), "Administrator", new Secret("manage"));
        assertThat(s.lastErrorProperty().get()).contains("HTTPS only");
        assertThat(s.presentedCertificateProperty().get()).isNull();
    }

    @Test
    void passwordIsRememberedOnlyWhenAskedAndOfferedAtTheNextSignIn() {
        InMemorySecretStore store = new InMemorySecretStore("No desktop keyring found: passwords are kept in memory");
        ConnectorSession first = new ConnectorSession(new PinnedClientFactory(), BackgroundTasks.sameThread(),
                sandbox.certificateSha256(), pinned::add, store);
        first.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret("manage"));
        first.changeInitialPassword(new Secret("manage"), new Secret("N3w-secret!"), e -> { });
        first.chooseMasterRole();
        assertThat(first.state()).isEqualTo(SessionState.SIGNED_IN);
        String key = ConnectorSession.passwordKey(AdminUrl.parse(SandboxConnector.url(sandbox)).orElseThrow(),
                "Administrator");
        assertThat(store.get(key)).as("not asked to remember").isEmpty();

        first.rememberPasswordProperty().set(true);
        first.signOut();
        first.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret("N3w-secret!"));
        assertThat(store.get(key)).get().extracting(Secret::value).isEqualTo("N3w-secret!");
        assertThat(first.passwordStoreNoteProperty().get()).contains("kept in memory");
        first.close();

        session = new ConnectorSession(new PinnedClientFactory(), BackgroundTasks.sameThread(),
                sandbox.certificateSha256(), pinned::add, store);
        var signIn = new dev.connectorconsole.ui.signin.SignInViewModel(session, SandboxConnector.url(sandbox), null);
        assertThat(signIn.password().value()).isEqualTo("N3w-secret!");
        assertThat(session.rememberPasswordProperty().get()).isTrue();
        signIn.signIn();
        assertThat(session.state()).isEqualTo(SessionState.SIGNED_IN);

        session.rememberPasswordProperty().set(false);
        session.signOut();
        session.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret("N3w-secret!"));
        assertThat(store.get(key)).as("forgotten once unticked").isEmpty();
    }

    @Test
    void adminUrlAcceptsHostAndPortWithoutScheme() {
        assertThat(AdminUrl.parse("localhost:9443")).get().extracting(e -> e.port()).isEqualTo(9443);
        assertThat(AdminUrl.parse("https://localhost")).get().extracting(e -> e.port()).isEqualTo(8443);
        assertThat(AdminUrl.problem("https://")).isPresent();
        assertThat(AdminUrl.problem("")).get().asString().contains("https://localhost:8443");
    }
}
