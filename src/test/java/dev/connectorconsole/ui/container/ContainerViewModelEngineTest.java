package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.engine.ConnectorState;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;

/** The container screen's view models against the real Docker engine (busybox image built FROM scratch). */
class ContainerViewModelEngineTest {
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String tag = "connector-console-test/ui-busybox:" + id;
    private final String name = "cc-ui-test-" + id;
    private final TestEngine engine = new TestEngine();
    private final EngineContainerService service = new EngineContainerService(engine::connection, dir -> {
        throw new UnsupportedOperationException("not used");
    });
    private final List<String> notes = new ArrayList<>();
    private final Notifier notifier = new Notifier() {
        @Override public void info(String title, String text) { notes.add(title); }
        @Override public void success(String title, String text) { notes.add(title); }
        @Override public void failure(String title, String text) { notes.add(title + ": " + text); }
    };
    private final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @TempDir
    Path dir;

    @AfterEach
    void cleanUp() {
        ContainerTarget target = target(8443);
        engine.removeContainerAndVolumes(name, target.spec().volumes().keySet());
        engine.removeImage(tag);
        engine.close();
    }

    private ContainerTarget target(int port) {
        return new ContainerTarget(name, tag, port, ContainerTarget.Kind.SAP_INSTALLER);
    }

    private void build(BuildViewModel build, String extra) throws Exception {
        build.buildContext(tag, TestEngine.busyboxContext(dir.resolve("ctx"), extra));
    }

    @Test
    void buildRunStopStartAndRemoveWithStatesAndActionsThatMakeSense() throws Exception {
        int port = PortCheck.nextFree(21000 + (int) (Math.random() * 2000));
        ContainerViewModel model = new ContainerViewModel(service, tasks, notifier, target(port),
                Duration.ofSeconds(2), TestEngine.TEST_LABEL);
        CountDownLatch built = new CountDownLatch(1);
        BuildViewModel build = new BuildViewModel(service, tasks, notifier, dir, TestEngine.TEST_LABEL, built::countDown);

        model.refresh();
        assertThat(model.imagePresentProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(ConnectorState.ABSENT);
        assertThat(model.canCreate().get()).as("no image yet").isFalse();

        build(build, "");
        assertThat(built.await(120, TimeUnit.SECONDS)).as("build finished").isTrue();
        assertThat(build.resultProperty().get()).isEqualTo("Image " + tag + " is ready.");
        assertThat(build.contextSizeProperty().get()).startsWith("Build context: ");
        assertThat(build.output()).isNotEmpty();
        assertThat(build.stepProgressProperty().get()).isEqualTo(1.0);

        model.refresh();
        assertThat(model.imagePresentProperty().get()).isTrue();
        assertThat(model.canCreate().get()).isTrue();
        assertThat(model.canStart().get()).isFalse();

        model.create();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.snapshotProperty().get().running()).isTrue();
        assertThat(model.snapshotProperty().get().labels()).containsEntry("dev.connectorconsole.test", "true");
        assertThat(model.stateProperty().get()).as("busybox httpd never answers https").isEqualTo(ConnectorState.UNHEALTHY);
        assertThat(model.canStop().get()).isTrue();
        assertThat(model.canStart().get()).isFalse();
        assertThat(model.canCreate().get()).isFalse();

        model.stop();
        assertThat(model.stateProperty().get()).isEqualTo(ConnectorState.STOPPED);
        assertThat(model.canStart().get()).isTrue();
        assertThat(model.canStop().get()).isFalse();

        model.start();
        assertThat(model.snapshotProperty().get().running()).isTrue();

        model.remove(false);
        assertThat(model.stateProperty().get()).isEqualTo(ConnectorState.ABSENT);
        assertThat(model.canRemove().get()).isFalse();
        assertThat(notes).contains("Image built", "Container stopped");
    }

    @Test
    void aTakenPortIsReportedWithAFreeOneToUseInstead() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ContainerViewModel model = new ContainerViewModel(service, tasks, notifier, target(taken.getLocalPort()),
                    Duration.ofSeconds(2), TestEngine.TEST_LABEL);
            CountDownLatch built = new CountDownLatch(1);
            BuildViewModel build = new BuildViewModel(service, tasks, notifier, dir, TestEngine.TEST_LABEL, built::countDown);
            build(build, "");
            assertThat(built.await(120, TimeUnit.SECONDS)).isTrue();
            model.refresh();

            model.create();
            assertThat(model.portMessageProperty().get()).startsWith("Port " + taken.getLocalPort() + " is used by");
            assertThat(model.proposedPortProperty().get()).isPositive().isNotEqualTo(taken.getLocalPort());
            assertThat(model.stateProperty().get()).isEqualTo(ConnectorState.ABSENT);

            int proposed = model.proposedPortProperty().get();
            model.useProposedPort();
            assertThat(model.hostPortProperty().get()).isEqualTo(String.valueOf(proposed));
            assertThat(model.portMessageProperty().get()).isEmpty();
        }
    }

    @Test
    void aFailingStepIsNamedWithTheEnginesMessage() throws Exception {
        BuildViewModel build = new BuildViewModel(service, tasks, notifier, dir, TestEngine.TEST_LABEL, () -> { });
        build(build, "RUN [\"/bin/sh\",\"-c\",\"echo broken >&2; exit 3\"]");
        for (int i = 0; i < 1200 && build.buildingProperty().get(); i++) {
            Thread.sleep(100);
        }
        assertThat(build.buildingProperty().get()).isFalse();
        assertThat(build.failedStepProperty().get()).contains("RUN").contains("exit 3");
        assertThat(build.failureProperty().get()).isNotBlank();
        assertThat(notes).anyMatch(n -> n.startsWith("Build of " + tag + " failed"));
    }
}
