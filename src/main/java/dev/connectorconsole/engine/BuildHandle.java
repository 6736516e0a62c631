package dev.connectorconsole.engine;

import java.time.Duration;

/** A running image build. */
public interface BuildHandle {
    /** Stops the build: closes the upload and the output stream, which makes the engine abort it. */
    void cancel();

    /** True once succeeded or failed was reported. */
    boolean isDone();

    /** Waits until done; false when the timeout passed first. */
    boolean awaitDone(Duration timeout) throws InterruptedException;
}
