package dev.connectorconsole.ui.bench;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.access.AccessControlScreen;
import dev.connectorconsole.ui.access.AccessControlViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SessionState;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The access-control screen with a subaccount of 1,000 systems × 10 resources on a sandbox over loopback HTTPS: the
 * time from "reload" until a frame shows the whole table (warm, median of rounds), the largest gap between pulses
 * while the table scrolls from top to bottom, and the time until a chosen system's resources are shown.
 * Run (DISPLAY set): {@code java -cp target/classes:target/test-classes:<deps> -Dprism.order=sw
 * dev.connectorconsole.ui.bench.AccessControlBench [rounds] [systems]}
 * (systems: 1,000 unless given). Targets: table under 300 ms, gaps under 100 ms.
 */
public final class AccessControlBench {
    private static int systems = 1000;
    private static final int RESOURCES = 10;
    private static final String PASSWORD = "Bench-access-1";

    private AccessControlBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        systems = args.length > 1 ? Integer.parseInt(args[1]) : systems;
        SandboxServer sandbox = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-access-bench"),
                "127.0.0.1", Duration.ofMillis(50), false));
        long seeding = seed(sandbox);
        System.out.printf("seeded %d systems × %d resources (%d requests) in %d ms%n", systems, RESOURCES,
                systems * (1 + RESOURCES), seeding);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-bench-task", 3);
        ConnectorSession session = new ConnectorSession(new PinnedClientFactory(), tasks, sandbox.certificateSha256(),
                pin -> { });
        AccessControlViewModel model = new AccessControlViewModel(new ConnectorCalls(session, tasks));
        AccessControlScreen[] screen = new AccessControlScreen[1];
        onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            screen[0] = new AccessControlScreen(model);
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) screen[0].view(), 1280, 800));
            stage.show();
            session.signIn("https://localhost:" + sandbox.port(), "Administrator", new Secret(PASSWORD));
        });
        await(() -> session.state() == SessionState.SIGNED_IN);
        await(() -> model.mappings().size() == systems && !model.calls().isBusy());

        List<Long> tableMs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            onFx(() -> model.mappings().clear());
            long start = System.nanoTime();
            onFx(model::refresh);
            await(() -> model.mappings().size() == systems);
            long frame = nextFrame();
            tableMs.add((frame - start) / 1_000_000);
        }
        System.out.println("table of " + systems + " systems shown, ms: " + summary(tableMs));

        TableView<?>[] table = new TableView<?>[1];
        onFx(() -> table[0] = (TableView<?>) screen[0].view().lookup("#mapping-table"));
        scrollGap(table[0]);
        System.out.println("pulse gaps while scrolling (warm, second pass), largest ms: " + scrollGap(table[0]));

        List<Long> resourcesMs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            SystemMapping chosen = model.mappings().get(i * 97 % systems);
            long start = System.nanoTime();
            onFx(() -> model.select(chosen));
            await(() -> model.resources().size() == RESOURCES);
            resourcesMs.add((nextFrame() - start) / 1_000_000);
        }
        System.out.println("a system's " + RESOURCES + " resources shown, ms: " + summary(resourcesMs));
        copyToAnotherSubaccount(sandbox);
        onFx(() -> screen[0].deactivate());
        session.close();
        tasks.close();
        sandbox.close();
        Platform.exit();
    }

    /** Copies all of it to the second subaccount as "Copy or export" does: read, plan, apply; time and requests. */
    private static void copyToAnotherSubaccount(SandboxServer sandbox) {
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", sandbox.port());
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", new Secret(PASSWORD)),
                TrustSettings.pinned(sandbox.certificateSha256()))) {
            SubaccountSummary from = admin.subaccounts().get(0);
            SubaccountSummary to = admin.subaccounts().get(1);
            long start = System.nanoTime();
            var source = dev.connectorconsole.accesscontrol.AccessControlSet.read(admin, from.regionHost(),
                    from.subaccount());
            var target = dev.connectorconsole.accesscontrol.AccessControlSet.read(admin, to.regionHost(),
                    to.subaccount());
            var plan = dev.connectorconsole.accesscontrol.CopyPlan.of(source, target);
            long planned = System.nanoTime();
            var outcome = dev.connectorconsole.accesscontrol.CopyRun.apply(plan, admin, to.regionHost(),
                    to.subaccount(), done -> { });
            long copied = System.nanoTime();
            int reads = 2 + 2 + source.systems().size();
            System.out.printf("copy to another subaccount: plan %d ms (%d reads), apply %d ms (%d requests: %d systems,"
                            + " %d resources)%n", (planned - start) / 1_000_000, reads, (copied - planned) / 1_000_000,
                    outcome.requests(), outcome.systemsCreated(), outcome.resourcesCreated());
        }
    }

    /** 1,000 systems with 10 resources each on the first subaccount, through the client as any user would. */
    private static long seed(SandboxServer sandbox) {
        long start = System.nanoTime();
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", sandbox.port());
        TrustSettings pin = TrustSettings.pinned(sandbox.certificateSha256());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pin)) {
            first.changeInitialPassword(new Secret("manage"), new Secret(PASSWORD));
            first.setHaRole("master");
        }
        sandbox.seed(2);
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", new Secret(PASSWORD)), pin)) {
            SubaccountSummary subaccount = admin.subaccounts().get(0);
            SystemMappings mappings = admin.systemMappings(subaccount.regionHost(), subaccount.subaccount());
            for (int s = 0; s < systems; s++) {
                String host = "system-" + s;
                mappings.create(SystemMapping.of(host, "443", "host-" + s + ".corp.local", "44300", "HTTPS", "abapSys",
                        "NONE"));
                for (int r = 0; r < RESOURCES; r++) {
                    mappings.createResource(host, "443", MappingResource.of("/sap/path-" + r, r % 3 != 0, false, null));
                }
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Scrolls through the whole table, 5 rows every 8 ms, and returns the five largest gaps between two pulses. */
    private static List<Long> scrollGap(TableView<?> table) throws InterruptedException {
        List<Long> pulses = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer[] timer = new AnimationTimer[1];
        onFx(() -> {
            timer[0] = new AnimationTimer() {
                @Override public void handle(long now) { pulses.add(System.nanoTime()); }
            };
            timer[0].start();
        });
        for (int row = 0; row < systems; row += 5) {
            int target = row;
            Platform.runLater(() -> table.scrollTo(target));
            Thread.sleep(8);
        }
        Thread.sleep(200);
        onFx(() -> timer[0].stop());
        List<Long> gaps = new ArrayList<>();
        synchronized (pulses) {
            for (int i = 1; i < pulses.size(); i++) {
                gaps.add((pulses.get(i) - pulses.get(i - 1)) / 1_000_000);
            }
        }
        gaps.sort(Collections.reverseOrder());
        return gaps.subList(0, Math.min(5, gaps.size()));
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited 60 s");
            }
            Thread.sleep(1);
        }
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }
}
