package dev.connectorconsole.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Keeps everything a build reported, for assertions. */
final class RecordingBuildListener implements BuildListener {
    record Step(int current, int total, String instruction) {}

    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Step> steps = new CopyOnWriteArrayList<>();
    volatile long contextSize = -1;
    volatile String imageId;
    volatile String failedStep;
    volatile String failureMessage;
    private final CountDownLatch done = new CountDownLatch(1);

    @Override
    public void contextSize(long bytes) {
        contextSize = bytes;
    }

    @Override
    public void line(String text) {
        lines.add(text);
    }

    @Override
    public void step(int current, int total, String instruction) {
        steps.add(new Step(current, total, instruction));
    }

    @Override
    public void succeeded(String id) {
        imageId = id;
        done.countDown();
    }

    @Override
    public void failed(String step, String message) {
        failedStep = step;
        failureMessage = message;
        done.countDown();
    }

    boolean awaitDone(long seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    boolean awaitStep(Predicate<Step> which, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (steps.stream().anyMatch(which)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    String transcript() {
        return String.join("\n", lines) + "\nfailed: " + failedStep + " / " + failureMessage;
    }
}
