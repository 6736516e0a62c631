package dev.connectorconsole.ui.health;

import com.github.dockerjava.api.DockerClient;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.ContainerStatsStream;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineLocator;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SessionState;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Health screen's figures. (1) One refresh's monitoring calls (alerts, certificates, memory, CPU, disk) against a
 * sandbox over loopback HTTPS, warm, median of rounds, and the time from opening a container's stats stream to its
 * first usable reading. (2) The screen shown while following a running container's stats for some minutes: heap used
 * after a GC each minute, and the largest gap between two FX pulses.
 * Run (DISPLAY set, engine running): {@code java -cp target/classes:target/test-classes:<deps> -Dprism.order=sw
 * dev.connectorconsole.ui.health.HealthBench [minutes=10] [rounds=20]}. Targets: refresh under 300 ms, heap flat,
 * gaps under 100 ms.
 */
public final class HealthBench {
    private static final String PASSWORD = "Bench-health-1";
    private static final String NAME = "cc-bench-stats";

    private HealthBench() {}

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SandboxServer sandbox = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-health-bench"),
                "127.0.0.1", Duration.ofMillis(50), false));
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", sandbox.port());
        TrustSettings pin = TrustSettings.pinned(sandbox.certificateSha256());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pin)) {
            first.changeInitialPassword(new Secret("manage"), new Secret(PASSWORD));
            first.setHaRole("master");
        }
        sandbox.seed(20);
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", new Secret(PASSWORD)), pin)) {
            List<Long> refresh = new ArrayList<>();
            for (int i = 0; i < rounds + 3; i++) {
                long start = System.nanoTime();
                HealthData.read(admin);
                if (i >= 3) {
                    refresh.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            System.out.println("Health refresh, monitoring calls (20 subaccounts), ms: " + summary(refresh));
        }

        EngineConnection engine = EngineConnection.open(EngineLocator.locate(System.getenv(),
                EngineLocator.dockerConfigDir(System.getenv())));
        runContainer(engine.client());
        try {
            firstReading(engine);
            follow(sandbox, engine, minutes);
        } finally {
            engine.client().removeContainerCmd(NAME).withForce(true).exec();
            engine.client().removeImageCmd(NAME + ":1").withForce(true).exec();
            engine.close();
            sandbox.close();
            Platform.exit();
        }
    }

    private static void firstReading(EngineConnection engine) throws InterruptedException {
        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CountDownLatch read = new CountDownLatch(1);
            long start = System.nanoTime();
            try (ContainerStatsStream stream = ContainerStatsStream.follow(engine.client(), NAME, s -> read.countDown(),
                    e -> { })) {
                read.await(30, TimeUnit.SECONDS);
                opened.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        System.out.println("stats stream opened to first usable reading, ms: " + summary(opened));
    }

    private static void follow(SandboxServer sandbox, EngineConnection engine, int minutes) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-bench-task", 3);
        ConnectorSession session = new ConnectorSession(new PinnedClientFactory(), tasks, sandbox.certificateSha256(),
                p -> { });
        ContainerFigures figures = new ContainerFigures((container, samples, failed) ->
                ContainerStatsStream.follow(engine.client(), container, samples, failed), () -> Optional.of(NAME), tasks);
        HealthScreen[] screen = new HealthScreen[1];
        AtomicLong lastPulse = new AtomicLong();
        AtomicLong largestGap = new AtomicLong();
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long at = System.nanoTime();
                long before = lastPulse.getAndSet(at);
                if (before != 0) {
                    largestGap.accumulateAndGet(at - before, Math::max);
                }
            }
        };
        onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            screen[0] = new HealthScreen(new HealthViewModel(new ConnectorCalls(session, tasks),
                    Clock.systemDefaultZone(), () -> 5), figures);
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) screen[0].view(), 1280, 800));
            stage.show();
            session.signIn("https://localhost:" + sandbox.port(), "Administrator", new Secret(PASSWORD));
        });
        while (session.state() != SessionState.SIGNED_IN) {
            Thread.sleep(10);
        }
        onFx(() -> {
            screen[0].activate();
            pulses.start();
        });
        List<Long> heapMb = new ArrayList<>();
        for (int minute = 0; minute <= minutes; minute++) {
            if (minute > 0) {
                Thread.sleep(60_000);
            }
            System.gc();
            Thread.sleep(200);
            heapMb.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024);
            System.out.printf("minute %d: heap after GC %d MB, readings %d, largest pulse gap so far %d ms%n", minute,
                    heapMb.get(heapMb.size() - 1), figures.samplesProperty().get(), largestGap.get() / 1_000_000);
            if (minute == 0) {
                // The first pulses lay out and style the new screen; what is measured is following, from here on.
                largestGap.set(0);
            }
        }
        onFx(() -> {
            pulses.stop();
            screen[0].deactivate();
        });
        System.out.println("following stats for " + minutes + " min: heap after GC per minute, MB " + heapMb
                + "; largest FX pulse gap while following " + largestGap.get() / 1_000_000 + " ms; readings "
                + figures.samplesProperty().get());
        session.close();
        tasks.close();
    }

    private static void runContainer(DockerClient docker) throws Exception {
        Path context = Files.createTempDirectory("cc-bench-stats");
        Files.copy(Path.of("/usr/bin/busybox"), context.resolve("busybox"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY busybox /bin/busybox\n"
                + "CMD [\"/bin/busybox\",\"sh\",\"-c\",\"while true; do /bin/busybox seq 1 3000 > /dev/null;"
                + " /bin/busybox sleep 0.2; done\"]\n");
        docker.buildImageCmd(context.toFile()).withTags(Set.of(NAME + ":1")).withForcerm(true).start()
                .awaitImageId(120, TimeUnit.SECONDS);
        docker.createContainerCmd(NAME + ":1").withName(NAME).exec();
        docker.startContainerCmd(NAME).exec();
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "median " + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1) + "  " + values;
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
