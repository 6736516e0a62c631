package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;

/** The container screen warns while the admin port is published beyond loopback and the initial password may hold. */
class ContainerPublishWarningTest {
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String tag = "connector-console-test/ui-busybox:" + id;
    private final String name = "cc-ui-test-" + id;
    private final TestEngine engine = new TestEngine();
    private final EngineContainerService service = new EngineContainerService(engine::connection, dir -> {
        throw new UnsupportedOperationException("not used");
    });
    private final Notifier notifier = new Notifier() {
        @Override public void info(String title, String text) { }
        @Override public void success(String title, String text) { }
        @Override public void failure(String title, String text) { }
    };
    private final BackgroundTasks tasks = BackgroundTasks.sameThread();

    @TempDir
    Path dir;

    @AfterEach
    void cleanUp() {
        engine.removeContainerAndVolumes(name, target(8443).spec().volumes().keySet());
        engine.removeImage(tag);
        engine.close();
    }

    private ContainerTarget target(int port) {
        return new ContainerTarget(name, tag, port, ContainerTarget.Kind.SAP_INSTALLER);
    }

    @Test
    void aConnectorOnEveryInterfaceIsWarnedAboutUntilThePasswordIsKnownChangedRecreateKeepsItsBindingAndLoopbackIsNot() throws Exception {
        int port = PortCheck.nextFree(23000 + (int) (Math.random() * 2000));
        ContainerViewModel model = new ContainerViewModel(service, tasks, notifier, target(port), Duration.ofSeconds(2),
                TestEngine.TEST_LABEL);
        CountDownLatch built = new CountDownLatch(1);
        BuildViewModel build = new BuildViewModel(service, tasks, notifier, dir, TestEngine.TEST_LABEL, built::countDown);
        build.buildContext(tag, TestEngine.busyboxContext(dir.resolve("ctx"), ""));
        assertThat(built.await(120, TimeUnit.SECONDS)).as("build finished").isTrue();
        model.refresh();

        model.publishIpProperty().set("0.0.0.0");
        model.create();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.snapshotProperty().get().hostIp()).isEqualTo("0.0.0.0");
        assertThat(model.publishWarning().get())
                .startsWith("Its admin port " + port + " is published on every network interface")
                .contains("Administrator").contains("\"manage\"");

        model.initialPasswordChangedProperty().set(true);
        assertThat(model.publishWarning().get()).isEmpty();
        model.initialPasswordChangedProperty().set(false);

        model.publishIpProperty().set("127.0.0.1");
        model.recreate();

        assertThat(model.errorProperty().get()).as("recreate keeps the container's own binding").isEmpty();
        assertThat(model.snapshotProperty().get().hostIp()).isEqualTo("0.0.0.0");
        assertThat(model.publishWarning().get()).startsWith("Its admin port " + port);

        service.remove(name, false);
        model.refresh();
        model.create();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.snapshotProperty().get().hostIp()).isEqualTo("127.0.0.1");
        assertThat(model.publishWarning().get()).isEmpty();
    }
}
