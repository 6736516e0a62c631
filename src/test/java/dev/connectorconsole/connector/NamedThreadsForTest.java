package dev.connectorconsole.connector;

import dev.connectorconsole.common.NamedThreads;

/** Starts a named daemon thread running a task that may throw; failures are kept for the test to rethrow. */
final class NamedThreadsForTest {
    interface Task {
        void run() throws Exception;
    }

    private NamedThreadsForTest() {}

    static Thread start(Task task) {
        Thread thread = NamedThreads.factory("cc-test-peer").newThread(() -> {
            try {
                task.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        return thread;
    }
}
