package dev.connectorconsole.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.ConnectorSwitcher;

/**
 * Switching between two connectors (each a sandbox over HTTPS with its password remembered), warm, on the
 * dashboard: the time the FX thread spends on the switch, the time until the next frame shows the new connector's
 * last known state, and the time until the new connector's session is signed in (network, off the FX thread).
 * Run (DISPLAY set): {@code java -cp target/classes:target/test-classes:<deps> -Dprism.order=sw
 * dev.connectorconsole.ui.SwitchBench [rounds]}. Target: the frame within 100 ms.
 */
public final class SwitchBench {
    private SwitchBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SandboxServer alpha = connector("Alpha-bench-1", 20);
        SandboxServer beta = connector("Beta-bench-1", 13);
        List<ConnectorProfile> profiles = List.of(profile("Alpha", alpha, 18443), profile("Beta", beta, 18444));
        Path config = Files.createTempDirectory("cc-switch-bench");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(profiles).withFirstRunDone(true));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        onFx(() -> window[0] = MainWindow.open(new Stage(), new AppEnvironment(System.getenv(), config,
                Files.createTempDirectory("cc-switch-bench-docker")), loadQuietly(config)));
        Thread.sleep(1500);
        ConnectorSwitcher switcher = lookupSwitcher();
        signInOnce(window[0], alpha, "Alpha-bench-1");
        onFx(() -> switcher.getSelectionModel().select(1));
        signInOnce(window[0], beta, "Beta-bench-1");

        List<Long> fxMs = new ArrayList<>();
        List<Long> frameMs = new ArrayList<>();
        List<Long> signedInMs = new ArrayList<>();
        List<Long> shownMs = new ArrayList<>();

        for (int i = 0; i < rounds; i++) {
            int target = i % 2 == 0 ? 0 : 1;
            long[] fxDone = new long[1];
            long start = System.nanoTime();
            onFx(() -> {
                switcher.getSelectionModel().select(target);
                fxDone[0] = System.nanoTime();
            });
            long frame = nextFrame();
            int rows = target == 0 ? 20 : 13;
            await(() -> dashboardRows() == rows);
            long shown = System.nanoTime();
            await(() -> window[0].connectorScreens().session().state() == SessionState.SIGNED_IN
                    && window[0].connectorScreens().session().endpointProperty().get().port()
                    == (target == 0 ? alpha.port() : beta.port()));
            long signedIn = System.nanoTime();
            fxMs.add((fxDone[0] - start) / 1_000_000);
            frameMs.add((frame - start) / 1_000_000);
            signedInMs.add((signedIn - start) / 1_000_000);
            shownMs.add((shown - start) / 1_000_000);
        }
        System.out.println("switch, FX thread ms:        " + summary(fxMs));
        System.out.println("switch, next frame ms:       " + summary(frameMs));
        System.out.println("switch, dashboard shows it:  " + summary(shownMs));
        System.out.println("switch, signed in again ms:  " + summary(signedInMs));
        onFx(() -> window[0].close());
        alpha.close();
        beta.close();
        Platform.exit();
    }

    private static ConnectorSwitcher lookupSwitcher() throws InterruptedException {
        ConnectorSwitcher[] found = new ConnectorSwitcher[1];
        onFx(() -> found[0] = (ConnectorSwitcher) javafx.stage.Window.getWindows().get(0).getScene()
                .lookup("#connector-switcher"));
        return found[0];
    }

    private static void signInOnce(MainWindow window, SandboxServer server, String password) throws Exception {
        onFx(() -> {
            var session = window.connectorScreens().session();
            session.rememberPasswordProperty().set(true);
            session.signIn("https://localhost:" + server.port(), "Administrator", new Secret(password));
        });
        await(() -> window.connectorScreens().session().state() == SessionState.SIGNED_IN);
    }

    /** Rows the dashboard table shows now (read on the FX thread); -1 while it shows no table. */
    private static int dashboardRows() {
        int[] count = {-1};
        try {
            onFx(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null)
                    .map(w -> w.getScene().lookup("#dashboard-table")).filter(java.util.Objects::nonNull)
                    .filter(javafx.scene.Node::isVisible).findFirst()
                    .ifPresent(node -> count[0] = ((javafx.scene.control.TableView<?>) node).getItems().size()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return count[0];
    }

    private static long nextFrame() throws InterruptedException {
        CountDownLatch pulsed = new CountDownLatch(1);
        long[] at = new long[1];
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                at[0] = System.nanoTime();
                pulsed.countDown();
                stop();
            }
        }.start());
        pulsed.await(10, TimeUnit.SECONDS);
        return at[0];
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "median " + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1) + "  " + values;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited 30 s");
            }
            Thread.sleep(2);
        }
    }

    private static dev.connectorconsole.settings.LoadResult loadQuietly(Path config) {
        return new SettingsStore(config).load();
    }

    private static ConnectorProfile profile(String name, SandboxServer server, int unusedHostPort) {
        return new ConnectorProfile(name, ContainerTarget.SANDBOX_IMAGE, "cc-bench-" + name.toLowerCase(),
                unusedHostPort, "https://localhost:" + server.port(), server.certificateSha256(), "Administrator");
    }

    private static SandboxServer connector(String password, int subaccounts) throws Exception {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-bench-sandbox"),
                "127.0.0.1", Duration.ofMillis(50), false));
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", server.port());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")),
                TrustSettings.pinned(server.certificateSha256()))) {
            first.changeInitialPassword(new Secret("manage"), new Secret(password));
            first.setHaRole("master");
        }
        server.seed(subaccounts);
        return server;
    }

    private static void onFx(ThrowingRunnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
