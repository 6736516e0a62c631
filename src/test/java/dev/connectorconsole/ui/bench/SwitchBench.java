package dev.connectorconsole.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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
import dev.connectorconsole.ui.MainWindow;
import dev.connectorconsole.ui.shell.Screen;

/**
 * Switching connectors, warm, in the real main window: two connector profiles, each a sandbox over HTTPS (20 and 13
 * subaccounts, passwords remembered) with its container on the real engine's side (absent, so the Container screen
 * reads the engine), switched back and forth with the Dashboard, Subaccounts, Container or Health screen shown. Per
 * switch: from the request to the end of the FX turn that switched, and to the next pulse after it (after layout, so
 * the frame drawn shows it), both checked on the nodes (the switcher's name, the screen's rows or container, the status
 * bar); then until the fresh read replaced the last known state. Meanwhile {@link FxThreadWatch} samples the FX thread
 * for blocking calls and measures pulse gaps. Each switch starts 300 ms after the one before showed its fresh state. Run (DISPLAY set): {@code java -cp target/classes:target/test-classes:<deps>
 * -Dprism.order=sw dev.connectorconsole.ui.bench.SwitchBench [switches per screen] [screens]}
 * (screens: comma-separated titles, all four unless given). Target: within 100 ms.
 */
public final class SwitchBench {
    private static final String[] NAMES = {"Alpha", "Beta"};
    private static final int[] SUBACCOUNTS = {20, 13};
    private static String[] SCREENS = {"Dashboard", "Subaccounts", "Container", "Health"};
    private static Scene scene;
    private static MainWindow window;

    private SwitchBench() {}

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        if (args.length > 1) {
            SCREENS = args[1].split(",");
        }
        SandboxServer[] servers = {connector("Alpha-bench-1", SUBACCOUNTS[0]), connector("Beta-bench-1", SUBACCOUNTS[1])};
        List<ConnectorProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            profiles.add(new ConnectorProfile(NAMES[i], ContainerTarget.SANDBOX_IMAGE, container(i),
                    servers[i].port(), url(servers[i]), servers[i].certificateSha256(), "Administrator"));
        }
        Path config = Files.createTempDirectory("cc-switch-bench");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(profiles).withFirstRunDone(true));
        var loaded = new SettingsStore(config).load();
        Path docker = Files.createTempDirectory("cc-switch-bench-docker");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxThreadWatch watch = new FxThreadWatch();
        onFx(() -> {
            Stage stage = new Stage();
            window = MainWindow.open(stage, new AppEnvironment(System.getenv(), config, docker), loaded);
            scene = stage.getScene();
            watch.start();
        });
        signIn(servers[0], "Alpha-bench-1");
        select(1);
        signIn(servers[1], "Beta-bench-1");
        for (String screen : SCREENS) {
            showScreen(screen);
            for (int i = 0; i < 6; i++) { // warm: each screen has read each connector, the code paths are compiled
                switchOnce(i % 2 == 0 ? 0 : 1, screen, watch, false);
            }
        }
        List<Long> turn = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        List<Long> fresh = new ArrayList<>();
        for (String screen : SCREENS) {
            showScreen(screen);
            List<long[]> figures = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                figures.add(switchOnce(i % 2 == 0 ? 0 : 1, screen, watch, true));
            }
            figures.forEach(f -> {
                turn.add(f[0]);
                shown.add(f[1]);
                fresh.add(f[2]);
            });
            System.out.printf("%-11s switch → shown (next pulse) ms: %s; FX turn ms: %s%n", screen,
                    summary(figures.stream().map(f -> f[1]).toList()), summary(figures.stream().map(f -> f[0]).toList()));
        }
        System.out.println("all screens, " + turn.size() + " switches:");
        System.out.println("  FX turn of the switch ms:        " + summary(turn));
        System.out.println("  shown at the next pulse ms:      " + summary(shown));
        System.out.println("  fresh state replaced it ms:      " + summary(fresh));
        System.out.println("  largest pulse gap while switching: " + watch.maxGapMillis() + " ms");
        Map<String, Integer> blocked = watch.blockedSamples();
        System.out.println("  FX thread samples (every 1 ms): " + watch.samples() + ", waiting for the render thread: "
                + watch.renderWaits() + ", in a blocking call: "
                + blocked.values().stream().mapToInt(Integer::intValue).sum() + (blocked.isEmpty() ? "" : " " + blocked));
        watch.profile(25).forEach(line -> System.out.println("  FX busy: " + line));
        onFx(() -> window.close());
        for (SandboxServer server : servers) {
            server.close();
        }
        Platform.exit();
    }

    /** One switch to {@code target}: {FX turn, shown at next pulse, fresh} in ms. */
    private static long[] switchOnce(int target, String screen, FxThreadWatch watch, boolean measured)
            throws Exception {
        Thread.sleep(300); // as a user would: the frame of the fresh state before is drawn, nothing is in flight
        CompletableFuture<long[]> shownAt = new CompletableFuture<>();
        long request = System.nanoTime();
        Platform.runLater(() -> {
            if (measured) {
                watch.arm();
            }
            try {
                switcher().getSelectionModel().select(target);
                long turnEnd = System.nanoTime();
                if (measured) { // warming up, a screen built late has no last known state of the other connector yet
                    check(target, screen, "in the switch's FX turn");
                }
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    scene.removePostLayoutPulseListener(afterLayout[0]);
                    try {
                        if (measured) {
                            check(target, screen, "at the next pulse");
                        }
                        shownAt.complete(new long[] {turnEnd - request, System.nanoTime() - request});
                    } catch (RuntimeException e) {
                        shownAt.completeExceptionally(e);
                    }
                };
                scene.addPostLayoutPulseListener(afterLayout[0]);
            } catch (RuntimeException e) {
                shownAt.completeExceptionally(e);
            }
        });
        long[] times = shownAt.get(10, TimeUnit.SECONDS);
        await(() -> isFresh(target, screen));
        long freshAt = System.nanoTime();
        onFx(watch::disarm);
        return new long[] {times[0] / 1_000_000, times[1] / 1_000_000, (freshAt - request) / 1_000_000};
    }

    /** Every visible part shows {@code target}: the switcher, the status bar, and the screen shown. FX thread. */
    private static void check(int target, String screen, String when) {
        ConnectorProfile drawn = switcher().getButtonCell().getItem();
        String name = drawn == null ? null : drawn.name();
        String status = ((Label) scene.lookup("#status-connector")).getText();
        boolean screenShowsIt = switch (screen) {
            case "Dashboard", "Subaccounts", "Health" -> rows(screen) == expectedRows(target, screen);
            default -> text("#container-state", screen) != null
                    && text(".screen-subtitle", screen).startsWith(container(target) + " ·");
        };
        if (!NAMES[target].equals(name) || !status.startsWith("Connector: signed in") || !screenShowsIt) {
            throw new IllegalStateException(when + ": " + NAMES[target] + " not shown (switcher '" + name + "', status '"
                    + status + "', " + screen + " rows " + rows(screen) + ")");
        }
    }

    private static boolean isFresh(int target, String screen) throws Exception {
        boolean[] fresh = new boolean[1];
        onFx(() -> fresh[0] = ((Label) scene.lookup("#status-connector")).getText().equals("Connector: signed in")
                && switch (screen) {
                    case "Dashboard" -> text("#updated-at", screen).startsWith("Updated at");
                    case "Subaccounts" -> text("#subaccounts-as-of", screen).isEmpty();
                    case "Health" -> text("#health-updated", screen).startsWith("Updated at");
                    default -> text("#container-as-of", screen).isEmpty();
                } && (screen.equals("Container") || rows(screen) == expectedRows(target, screen)));
        return fresh[0];
    }

    private static int expectedRows(int target, String screen) {
        return screen.equals("Health") ? SUBACCOUNTS[target] + 1 : SUBACCOUNTS[target]; // + the UI certificate
    }

    private static int rows(String screen) {
        String table = switch (screen) {
            case "Dashboard" -> "#dashboard-table";
            case "Subaccounts" -> "#subaccount-table";
            case "Health" -> "#health-certificates";
            default -> null;
        };
        Node node = table == null ? null : view(screen).lookup(table);
        return node == null || !node.isVisible() ? -1 : ((javafx.scene.control.TableView<?>) node).getItems().size();
    }

    private static String text(String selector, String screen) {
        Node node = view(screen).lookup(selector);
        return node == null ? null : ((Label) node).getText();
    }

    private static Node view(String title) {
        return window.navigationModel().screens().stream().filter(s -> s.title().equals(title)).findFirst()
                .map(Screen::view).orElseThrow();
    }

    private static void showScreen(String title) throws Exception {
        onFx(() -> window.navigationModel().show(window.navigationModel().screens().stream()
                .filter(s -> s.title().equals(title)).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ConnectorProfile> switcher() {
        return (ComboBox<ConnectorProfile>) scene.lookup("#connector-switcher");
    }

    private static void select(int index) throws Exception {
        onFx(() -> switcher().getSelectionModel().select(index));
    }

    /** Signs in on the sign-in screen with "remember" ticked, and waits until signed in. */
    private static void signIn(SandboxServer server, String password) throws Exception {
        showScreen("Sign in");
        onFx(() -> {
            ((TextInputControl) scene.lookup("#admin-url")).setText(url(server));
            ((TextInputControl) scene.lookup("#password")).setText(password);
            ((CheckBox) scene.lookup("#remember-password")).setSelected(true);
            ((Button) scene.lookup("#sign-in")).fire();
        });
        await(() -> {
            String[] status = new String[1];
            onFx(() -> status[0] = ((Label) scene.lookup("#status-connector")).getText());
            return "Connector: signed in".equals(status[0]);
        });
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "median " + sorted.get(sorted.size() / 2) + ", p95 " + sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)
                + ", max " + sorted.get(sorted.size() - 1);
    }

    private interface Check {
        boolean test() throws Exception;
    }

    private static void await(Check condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.test()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited 30 s");
            }
            Thread.sleep(2);
        }
    }

    private static String container(int index) {
        return "cc-bench-switch-" + NAMES[index].toLowerCase();
    }

    private static String url(SandboxServer server) {
        return "https://localhost:" + server.port();
    }

    private static SandboxServer connector(String password, int subaccounts) throws Exception {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-bench-sandbox"),
                "127.0.0.1", Duration.ofMillis(50), false));
        try (SccClient first = new SccClient(new ConnectorEndpoint("localhost", server.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(server.certificateSha256()))) {
            first.changeInitialPassword(new Secret("manage"), new Secret(password));
            first.setHaRole("master");
        }
        server.seed(subaccounts);
        return server;
    }

    private interface FxAction {
        void run() throws Exception;
    }

    private static void onFx(FxAction action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
