package dev.connectorconsole.image;

import dev.connectorconsole.engine.BuildListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A build listener that keeps the output and lets the caller wait for the outcome. */
public final class AwaitedBuild implements BuildListener {
    public final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile String imageId;
    private volatile String failure;

    @Override public void contextSize(long bytes) {}

    @Override public void line(String text) {
        lines.add(text);
    }

    @Override public void step(int current, int total, String instruction) {}

    @Override public void succeeded(String id) {
        imageId = id;
        done.countDown();
    }

    @Override public void failed(String step, String message) {
        failure = step + ": " + message;
        done.countDown();
    }

    /** The image id; fails with the build's output when the build failed or did not end in time. */
    public String imageId(long timeoutSeconds) throws InterruptedException {
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the build did not end within " + timeoutSeconds + " s:\n" + transcript());
        }
        if (imageId == null) {
            throw new AssertionError("the build failed: " + failure + "\n" + transcript());
        }
        return imageId;
    }

    public String transcript() {
        return String.join("\n", lines);
    }
}
