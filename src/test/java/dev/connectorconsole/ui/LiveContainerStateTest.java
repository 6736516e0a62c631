package dev.connectorconsole.ui;

import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineStatus;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A container stopped and started behind the app's back (docker CLI, another tool) is re-read at once. */
@ExtendWith(ApplicationExtension.class)
class LiveContainerStateTest {
    private final EngineConnection engine = EngineTestSupport.connect();
    private final ContainerManager containers = new ContainerManager(engine);
    private final String name = EngineTestSupport.uniqueName("live");
    private String image;
    private LiveContainerState live;

    @AfterEach
    void cleanUp() {
        if (live != null) {
            live.close();
        }
        try {
            containers.remove(name, true);
        } catch (RuntimeException gone) {
            // never created
        }
        TestImages.removeImage(engine, image);
        engine.close();
    }

    @Test
    void eventsOfTheManagedContainerTriggerARereadOnTheFxThread() throws Exception {
        image = TestImages.sharedBusybox(engine);
        containers.run(ContainerSpec.connectorDefaults(name, image, PortCheck.nextFree(20443))
                .withLabels(TestImages.LABELS));
        AtomicInteger rereads = new AtomicInteger();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        List<EngineStatus> statuses = new CopyOnWriteArrayList<>();
        live = new LiveContainerState(() -> engine, () -> {
            onFxThread.add(Platform.isFxApplicationThread());
            rereads.incrementAndGet();
        }, statuses::add);
        live.follow(name);
        live.start();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> statuses.contains(EngineStatus.UP));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rereads.get() >= 1);
        int afterSubscribe = rereads.get();

        containers.stop(name);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rereads.get() > afterSubscribe);
        assertThat(onFxThread).containsOnly(true);
    }
}
