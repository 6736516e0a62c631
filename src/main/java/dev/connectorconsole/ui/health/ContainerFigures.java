package dev.connectorconsole.ui.health;

import dev.connectorconsole.app.ContainerStats;
import dev.connectorconsole.app.ContainerTrends;
import dev.connectorconsole.app.LastKnownStates.Place;
import dev.connectorconsole.engine.ContainerStatsSample;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.BatchedDelivery;
import dev.connectorconsole.ui.fx.Sparkline;
import dev.connectorconsole.ui.session.ShownConnector;
import java.time.Clock;
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
 * readings reach the FX thread in batches. The readings are kept per connector context in {@link ContainerTrends},
 * so switching to another connector and back shows the earlier ones at once and new ones join them.
 */
public final class ContainerFigures {
    private final ContainerStats stats;
    private final Supplier<Optional<String>> container;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper cpu = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper network = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper samples = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper trendChanges = new ReadOnlyIntegerWrapper();
    private final ShownConnector shown;
    private final ContainerTrends trends;
    private final Clock clock;
    private Place place;
    private boolean firstOfStream;
    private AutoCloseable stream;
    private int generation;

    /** Figures of one connector on their own, with a memory of their own (tests, benchmarks). */
    public ContainerFigures(ContainerStats stats, Supplier<Optional<String>> container, BackgroundTasks tasks) {
        this(stats, container, tasks, ShownConnector.alone(Clock.systemUTC()), new ContainerTrends());
    }

    /**
     * @param container the connector's container when it runs on the app's engine (empty for a remote connector)
     * @param shown     the connector context shown: the readings are kept under its profile
     * @param trends    each context's readings of the last minutes, kept while the app runs
     */
    public ContainerFigures(ContainerStats stats, Supplier<Optional<String>> container, BackgroundTasks tasks,
                            ShownConnector shown, ContainerTrends trends) {
        this.stats = stats;
        this.container = container;
        this.tasks = tasks;
        this.shown = shown;
        this.trends = trends;
        this.clock = Clock.systemUTC();
    }

    /** Opens the stats stream of the connector's container (FX thread; the engine call runs in the background). */
    public void start() {
        stop();
        Optional<String> name = container.get();
        memory.set("");
        network.set("");
        place = name.map(shown::containerPlace).orElse(null);
        // The charts show this context's earlier readings at once; the time the stream was closed stays a gap.
        firstOfStream = true;
        trendChanges.set(trendChanges.get() + 1);
        if (name.isEmpty()) {
            cpu.set("Not on this machine's engine");
            return;
        }
        int started = ++generation;
        List<ContainerTrends.Entry> earlier = trends.recall(place, clock.instant());
        if (earlier.isEmpty()) {
            cpu.set("Reading the container's figures…");
        } else {
            ContainerStatsSample last = earlier.get(earlier.size() - 1).sample();
            showFigures(last);
            cpu.set(cpu.get() + " · " + shown.asOf(last.time()));
        }
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

    /** Closes the stream (FX thread); the readings are kept for when the screen is shown again. */
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
            trends.add(place, sample, firstOfStream);
            firstOfStream = false;
        }
        showFigures(batch.get(batch.size() - 1));
        samples.set(samples.get() + batch.size());
        trendChanges.set(trendChanges.get() + 1);
    }

    private void showFigures(ContainerStatsSample last) {
        cpu.set(String.format(Locale.ROOT, "Container %.1f %%", last.cpuPercent()));
        memory.set(last.memoryLimitBytes() > 0
                ? String.format(Locale.ROOT, "Container %s of %s", size(last.memoryBytes()), size(last.memoryLimitBytes()))
                : "Container " + size(last.memoryBytes()));
        network.set("Received " + size(last.receivedBytes()) + " · sent " + size(last.sentBytes()));
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

    /** The shown context's CPU (percent) and memory (MB) of the last minutes, for the charts; FX thread. */
    List<List<Sparkline.Point>> trendPoints() {
        List<ContainerTrends.Entry> entries = trends.recall(place, clock.instant());
        return List.of(Trend.points(entries, ContainerStatsSample::cpuPercent),
                Trend.points(entries, sample -> sample.memoryBytes() / 1024.0 / 1024.0));
    }

    public ReadOnlyStringProperty cpuProperty() { return cpu.getReadOnlyProperty(); }
    public ReadOnlyStringProperty memoryProperty() { return memory.getReadOnlyProperty(); }
    public ReadOnlyStringProperty networkProperty() { return network.getReadOnlyProperty(); }
    /** How many readings arrived; it changes with each batch, for the charts to redraw. */
    public ReadOnlyIntegerProperty samplesProperty() { return samples.getReadOnlyProperty(); }
    /** Changes when the charts have something else to show: readings arrived, or another context is shown. */
    public ReadOnlyIntegerProperty trendChangesProperty() { return trendChanges.getReadOnlyProperty(); }
}
