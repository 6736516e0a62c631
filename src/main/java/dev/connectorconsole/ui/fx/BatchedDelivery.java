package dev.connectorconsole.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects items produced on background threads and hands them over in batches: however many items arrive, at most
 * one delivery is queued on the target executor (the FX thread) at a time.
 */
public final class BatchedDelivery<T> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor target;
    private final Consumer<List<T>> sink;

    public BatchedDelivery(Executor target, Consumer<List<T>> sink) {
        this.target = target;
        this.sink = sink;
    }

    public void add(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            target.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item; (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
