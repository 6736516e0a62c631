package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerService;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.engine.BuildHandle;
import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.lifecycle.ReplacementOutcome;
import dev.connectorconsole.lifecycle.StatePreview;
import dev.connectorconsole.lifecycle.SubaccountCheck;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * A container restarted while its readiness wait (up to 3 minutes) runs: the older wait is cancelled and a new one
 * runs on the pool for long waits. Real engine, busybox image that never answers HTTPS; one thread stands in for FX.
 */
class ReadinessWaitSupersededTest {
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String tag = "connector-console-test/ready-busybox:" + id;
    private final String name = "cc-ready-test-" + id;
    private final TestEngine engine = new TestEngine();
    private final EngineContainerService real = new EngineContainerService(engine::connection, dir -> {
        throw new UnsupportedOperationException("not used");
    });
    private final List<Wait> waits = new CopyOnWriteArrayList<>();
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui-thread"));
    private final BackgroundTasks tasks = BackgroundTasks.delivering("cc-test-ready", 2, 16, 4, ui);
    private final Notifier notifier = new Notifier() {
        @Override public void info(String title, String text) { }
        @Override public void success(String title, String text) { }
        @Override public void failure(String title, String text) { }
    };

    @TempDir
    Path dir;

    /** One readiness wait as the service saw it: on which thread, and whether it has returned. */
    private static final class Wait {
        volatile String thread;
        final CountDownLatch returned = new CountDownLatch(1);
    }

    @AfterEach
    void cleanUp() {
        tasks.close();
        ui.shutdownNow();
        engine.removeContainerAndVolumes(name, target(8443).spec().volumes().keySet());
        engine.removeImage(tag);
        engine.close();
    }

    private ContainerTarget target(int port) {
        return new ContainerTarget(name, tag, port, ContainerTarget.Kind.SAP_INSTALLER);
    }

    @Test
    void restartingCancelsTheOlderReadinessWait() throws Exception {
        int port = PortCheck.nextFree(23000 + (int) (Math.random() * 2000));
        BuildContext context = TestEngine.busyboxContext(dir.resolve("ctx"), "");
        CountDownLatch built = new CountDownLatch(1);
        BuildViewModel build = onUi(() -> new BuildViewModel(real, tasks, notifier, dir, TestEngine.TEST_LABEL,
                built::countDown));
        onUi(() -> {
            build.buildContext(tag, context);
            return null;
        });
        assertThat(built.await(120, TimeUnit.SECONDS)).as("image built").isTrue();

        ContainerViewModel model = onUi(() -> new ContainerViewModel(recording(), tasks, notifier, target(port),
                Duration.ofMinutes(3), TestEngine.TEST_LABEL));
        onUi(() -> {
            model.refresh();
            return null;
        });
        waitFor(() -> onUiQuietly(() -> Boolean.TRUE.equals(model.imagePresentProperty().get())));
        onUi(() -> {
            model.create();
            return null;
        });
        waitFor(() -> waits.size() == 1);
        waitFor(() -> onUiQuietly(() -> !model.busyProperty().get()));

        onUi(() -> {
            model.restart();
            return null;
        });
        waitFor(() -> waits.size() == 2);

        Wait older = waits.get(0);
        Wait newer = waits.get(1);
        assertThat(older.returned.await(30, TimeUnit.SECONDS)).as("the older wait was cancelled").isTrue();
        assertThat(newer.returned.getCount()).as("the newer wait still waits").isEqualTo(1);
        assertThat(older.thread).startsWith("cc-test-ready-wait");
        assertThat(newer.thread).startsWith("cc-test-ready-wait");
    }

    /** The real service; readiness waits are recorded. */
    private ContainerService recording() {
        return new ContainerService() {
            @Override public Optional<ContainerSnapshot> inspect(String container) { return real.inspect(container); }
            @Override public boolean imageExists(String image) { return real.imageExists(image); }
            @Override public void run(ContainerSpec spec) { real.run(spec); }
            @Override public void start(String container) { real.start(container); }
            @Override public void stop(String container) { real.stop(container); }
            @Override public void restart(String container) { real.restart(container); }
            @Override public void remove(String container, boolean volumes) { real.remove(container, volumes); }
            @Override public StatePreview preview(String container, StatePreview.Action action) { return real.preview(container, action); }
            @Override public StatePreview previewUpgrade(String container) { return real.previewUpgrade(container); }
            @Override public ReplacementOutcome recreateKeeping(String container, String image, SubaccountCheck check,
                                                                Consumer<String> progress) { return real.recreateKeeping(container, image, check, progress); }
            @Override public ReplacementOutcome migrate(String container, String image, SubaccountCheck check,
                                                        Consumer<String> progress) { return real.migrate(container, image, check, progress); }
            @Override public int freePortFrom(int from) { return real.freePortFrom(from); }
            @Override public Optional<String> portHolder(int port) { return real.portHolder(port); }
            @Override public boolean portFree(int port) { return real.portFree(port); }

            @Override
            public Readiness awaitReady(String hostIp, int hostPort, Duration timeout, Consumer<String> progress)
                    throws InterruptedException {
                Wait wait = new Wait();
                wait.thread = Thread.currentThread().getName();
                waits.add(wait);
                try {
                    return real.awaitReady(hostIp, hostPort, timeout, progress);
                } finally {
                    wait.returned.countDown();
                }
            }

            @Override
            public BuildHandle build(Path contextDir, Path dockerfile, String tag, Map<String, String> labels,
                                     BuildListener listener) {
                return real.build(contextDir, dockerfile, tag, labels, listener);
            }

            @Override
            public BuildContext prepareSandboxContext(Path dir) throws Exception {
                return real.prepareSandboxContext(dir);
            }
        };
    }

    private <T> T onUi(Callable<T> call) throws Exception {
        return ui.submit(call).get(60, TimeUnit.SECONDS);
    }

    private boolean onUiQuietly(Callable<Boolean> call) {
        try {
            return onUi(call);
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
