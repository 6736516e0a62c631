package dev.connectorconsole.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing out or in again while a sign-in is under way, against the real sandbox over HTTPS. The sign-in to
 * 127.0.0.1 is held back (its client is opened only when the test lets it); one thread stands in for the FX thread.
 */
class SignInRaceTest {
    @TempDir
    Path dataDir;
    private SandboxServer sandbox;
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui-thread"));
    private final BackgroundTasks tasks = BackgroundTasks.delivering("cc-test-race", 3, 16, 4, ui);
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final List<SccClient> opened = new CopyOnWriteArrayList<>();
    private ConnectorSession session;

    /** The real factory; opening a client for 127.0.0.1 waits for the test's go. */
    private final ClientFactory slowFor127 = new ClientFactory() {
        private final PinnedClientFactory real = new PinnedClientFactory();

        @Override
        public ServerCertificate probeCertificate(ConnectorEndpoint endpoint) {
            return real.probeCertificate(endpoint);
        }

        @Override
        public SccClient open(ConnectorEndpoint endpoint, Credentials credentials, String pinnedSha256) {
            if (endpoint.host().equals("127.0.0.1")) {
                slowStarted.countDown();
                try {
                    releaseSlow.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            SccClient client = real.open(endpoint, credentials, pinnedSha256);
            opened.add(client);
            return client;
        }
    };

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxConnector.start(dataDir);
        SandboxConnector.signedIn(sandbox).close();
        session = onUi(() -> new ConnectorSession(slowFor127, tasks, sandbox.certificateSha256(), pin -> { }));
    }

    @AfterEach
    void stop() throws Exception {
        releaseSlow.countDown();
        onUi(() -> {
            session.close();
            return null;
        });
        tasks.close();
        ui.shutdownNow();
        sandbox.close();
    }

    private String url(String host) {
        return "https://" + host + ":" + sandbox.port();
    }

    private void signIn(String host) throws Exception {
        onUi(() -> {
            session.signIn(url(host), "Administrator", new Secret(SandboxConnector.NEW_PASSWORD));
            return null;
        });
    }

    @Test
    void signingOutWhileASignInIsUnderWayEndsSignedOutAndClosesTheLateClient() throws Exception {
        signIn("127.0.0.1");
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        onUi(() -> {
            session.signOut();
            return null;
        });
        releaseSlow.countDown();
        waitFor(() -> opened.size() == 1 && opened.get(0).isClosed());
        drainUi();

        assertThat(onUi(session::state)).isEqualTo(SessionState.SIGNED_OUT);
        assertThat(onUi(session::client)).isEmpty();
        assertThat(onUi(() -> session.busyProperty().get())).isFalse();
    }

    @Test
    void signingInAgainWhileTheFirstIsUnderWayEndsSignedInToTheNewerOne() throws Exception {
        signIn("127.0.0.1");
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        signIn("localhost");
        waitFor(() -> onUiQuietly(() -> session.state() == SessionState.SIGNED_IN));
        releaseSlow.countDown();
        waitFor(() -> opened.size() == 2 && opened.get(1).isClosed());
        drainUi();

        SccClient newer = opened.get(0);
        assertThat(newer.endpoint().host()).isEqualTo("localhost");
        assertThat(onUi(session::state)).isEqualTo(SessionState.SIGNED_IN);
        assertThat(onUi(session::client)).containsSame(newer);
        assertThat(newer.isClosed()).isFalse();
        assertThat(onUi(() -> session.endpointProperty().get().host())).isEqualTo("localhost");
    }

    @Test
    void anOlderSignInThatFinishesFirstIsOverruledByTheNewerOne() throws Exception {
        signIn("localhost");
        waitFor(() -> onUiQuietly(() -> session.state() == SessionState.SIGNED_IN));
        signIn("127.0.0.1");
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(opened.get(0).isClosed()).as("signing in again lets go of the previous client").isTrue();
        releaseSlow.countDown();
        waitFor(() -> onUiQuietly(() -> session.state() == SessionState.SIGNED_IN && session.client().isPresent()));

        assertThat(onUi(session::client)).containsSame(opened.get(1));
        assertThat(onUi(() -> session.endpointProperty().get().host())).isEqualTo("127.0.0.1");
    }

    private <T> T onUi(Callable<T> call) throws Exception {
        return ui.submit(call).get(30, TimeUnit.SECONDS);
    }

    private boolean onUiQuietly(Callable<Boolean> call) {
        try {
            return onUi(call);
        } catch (Exception e) {
            return false;
        }
    }

    /** Lets outcomes already queued for the UI thread run. */
    private void drainUi() throws Exception {
        for (int i = 0; i < 3; i++) {
            onUi(() -> null);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
