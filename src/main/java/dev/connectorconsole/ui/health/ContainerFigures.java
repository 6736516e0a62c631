package dev.connectorconsole.ui.health;

import dev.connectorconsole.app.ContainerStats;
import dev.connectorconsole.engine.ContainerStatsSample;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.BatchedDelivery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The connector container's side of its health, from the engine's stats stream: CPU, memory and network, with their
 * last 15 minutes. The stream is open only while the Health screen is shown ({@link #start}, {@link #stop}); its
 * readings reach the FX thread in batches.
 */
public final class ContainerFigures {
    private final ContainerStats stats;
    private final Supplier<Optional<String>> container;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper cpu = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper network = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper samples = new ReadOnlyIntegerWrapper();
    private final Trend cpuTrend = new Trend();
    private final Trend memoryTrend = new Trend();
    private AutoCloseable stream;
    private int generation;

    /** @param container the connector's container when it runs on the app's engine (empty for a remote connector) */
    public ContainerFigures(ContainerStats stats, Supplier<Optional<String>> container, BackgroundTasks tasks) {
        this.stats = stats;
        this.container = container;
        this.tasks = tasks;
    }

    /** Opens the stats stream of the connector's container (FX thread; the engine call runs in the background). */
    public void start() {
        stop();
        Optional<String> name = container.get();
        if (name.isEmpty()) {
            cpu.set("Not on this machine's engine");
            return;
        }
        int started = ++generation;
        cpu.set("Reading the container's figures…");
        BatchedDelivery<ContainerStatsSample> delivery = new BatchedDelivery<>(tasks.deliveryExecutor(),
                batch -> show(started, batch));
        tasks.submitLong("Following the stats of " + name.get(), () -> stats.follow(name.get(), delivery::add,
                        failure -> tasks.deliveryExecutor().execute(() -> broke(started, failure))),
                opened -> {
                    if (started == generation) {
                        stream = opened;
                    } else {
                        closeQuietly(opened);
                    }
                },
                failure -> broke(started, failure));
    }

    /** Closes the stream (FX thread); the trends are kept for when the screen is shown again. */
    public void stop() {
        generation++;
        if (stream != null) {
            AutoCloseable open = stream;
            stream = null;
            tasks.run("Closing a stats stream", open::close, failure -> { });
        }
    }

    /** Whether a stats stream is open. */
    public boolean following() {
        return stream != null;
    }

    private void show(int started, List<ContainerStatsSample> batch) {
        if (started != generation) {
            return;
        }
        for (ContainerStatsSample sample : batch) {
            cpuTrend.add(sample.time(), sample.cpuPercent());
            memoryTrend.add(sample.time(), sample.memoryBytes() / 1024.0 / 1024.0);
        }
        ContainerStatsSample last = batch.get(batch.size() - 1);
        cpu.set(String.format(Locale.ROOT, "Container %.1f %%", last.cpuPercent()));
        memory.set(last.memoryLimitBytes() > 0
                ? String.format(Locale.ROOT, "Container %s of %s", size(last.memoryBytes()), size(last.memoryLimitBytes()))
                : "Container " + size(last.memoryBytes()));
        network.set("Received " + size(last.receivedBytes()) + " · sent " + size(last.sentBytes()));
        samples.set(samples.get() + batch.size());
    }

    private void broke(int started, Throwable failure) {
        if (started == generation) {
            stream = null;
            cpu.set("No figures from the engine: " + failure.getMessage());
        }
    }

    static String size(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f GB", bytes / 1024.0 / 1024 / 1024);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing a stream nobody waits for any more
        }
    }

    List<Trend.Point> cpuTrend() { return cpuTrend.points(); }
    List<Trend.Point> memoryTrend() { return memoryTrend.points(); }
    public ReadOnlyStringProperty cpuProperty() { return cpu.getReadOnlyProperty(); }
    public ReadOnlyStringProperty memoryProperty() { return memory.getReadOnlyProperty(); }
    public ReadOnlyStringProperty networkProperty() { return network.getReadOnlyProperty(); }
    /** How many readings arrived; it changes with each batch, for the charts to redraw. */
    public ReadOnlyIntegerProperty samplesProperty() { return samples.getReadOnlyProperty(); }
}
