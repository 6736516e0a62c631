package dev.connectorconsole.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
    @Test
    void workAskedForWhileTheWindowClosesIsDroppedInsteadOfFailing() throws Exception {
        BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-tasks", 1);
        tasks.close();

        AtomicBoolean ran = new AtomicBoolean();
        BackgroundTasks.TaskHandle handle = tasks.run("after close", () -> ran.set(true), failure -> ran.set(true));
        handle.cancel();
        Thread.sleep(200);

        assertThat(ran).isFalse();
    }
}
