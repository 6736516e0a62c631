package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Moves the frames docker-java delivers on its stream thread to a thread of ours, which hands them to a
 * {@link FrameConsumer} in batches: whatever arrived within a short window goes out together, so a busy log becomes
 * few large appends and a quiet one still shows each line at once. A bounded queue slows the engine stream down
 * rather than letting memory grow when the consumer falls behind.
 */
final class FramePump implements ResultCallback<Frame> {

    /** Called on the pump thread only. */
    interface FrameConsumer {
        void frame(Frame frame);

        /** No more frames for now: a good moment to publish what was assembled. */
        void endOfBatch();

        /** The stream ended (error is null when it ended normally or was closed). Called once. */
        void endOfStream(Throwable error);
    }

    private static final Object END = new Object();
    private static final int QUEUE_CAPACITY = 8192;
    private static final int MAX_BATCH = 4096;
    private static final long BATCH_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final FrameConsumer consumer;
    private final Thread thread;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile Closeable stream;
    private volatile boolean closed;
    private volatile Throwable error;
    private boolean threadStarted;

    FramePump(ThreadFactory threads, FrameConsumer consumer) {
        this.consumer = consumer;
        this.thread = threads.newThread(this::run);
    }

    /** Starts the pump thread; after {@link #close()} it only marks the pump finished. */
    synchronized void startThread() {
        if (closed) {
            finished.complete(null);
            return;
        }
        threadStarted = true;
        thread.start();
    }

    /** Completes when the pump thread has handed out everything (exceptionally when the stream failed). */
    CompletableFuture<Void> finished() {
        return finished;
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    @Override
    public void onStart(Closeable stream) {
        this.stream = stream;
        if (closed) {
            closeQuietly(stream);
        }
    }

    @Override
    public void onNext(Frame frame) {
        // docker-java 3.7 hands out its read buffer itself when a read fills it and reuses it for the next read:
        // a frame kept beyond this call must own its bytes.
        enqueue(new Frame(frame.getStreamType(), frame.getPayload().clone()));
    }

    @Override
    public void onError(Throwable throwable) {
        if (!closed) {
            error = throwable;
        }
        enqueue(END);
    }

    @Override
    public void onComplete() {
        enqueue(END);
    }

    /** Stops reading: closes the engine stream and ends the pump thread. Does not wait. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Closeable s = stream;
        if (s != null) {
            closeQuietly(s);
        }
        thread.interrupt();
        synchronized (this) {
            if (!threadStarted) {
                finished.complete(null);
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void enqueue(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Object> batch = new ArrayList<>(MAX_BATCH);
        Throwable failure = null;
        try {
            boolean ended = false;
            while (!ended && !closed) {
                batch.add(queue.take());
                if (batch.get(0) != END && queue.size() < MAX_BATCH) {
                    // Let a burst gather instead of waking up for every frame; a lone line waits at most this long.
                    LockSupport.parkNanos(BATCH_WINDOW_NANOS);
                }
                queue.drainTo(batch, MAX_BATCH - 1);
                for (Object item : batch) {
                    if (item == END) {
                        ended = true;
                        break;
                    }
                    consumer.frame((Frame) item);
                }
                batch.clear();
                consumer.endOfBatch();
            }
        } catch (InterruptedException e) {
            // closed
        } catch (RuntimeException e) {
            failure = e;
            closed = true;
            closeQuietly(stream);
        } finally {
            Throwable streamError = failure != null ? failure : error;
            try {
                consumer.endOfStream(streamError);
            } finally {
                if (streamError != null) {
                    finished.completeExceptionally(streamError);
                } else {
                    finished.complete(null);
                }
            }
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // the stream is being abandoned; nothing useful to report
        }
    }
}
