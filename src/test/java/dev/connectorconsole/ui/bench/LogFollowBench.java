package dev.connectorconsole.ui.bench;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.logs.HighRateFeed;
import dev.connectorconsole.ui.logs.LogsScreen;
import dev.connectorconsole.ui.logs.LogsViewModel;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;

/**
 * The logs screen following a log fed at 50,000 lines/s from a producer thread: the largest gap between two pulses
 * (target under 100 ms) and the RSS once 100,000 lines are shown (target under 400 MB).
 * Run: {@code java -cp target/classes:target/test-classes:<deps> -Dprism.order=sw
 * dev.connectorconsole.ui.bench.LogFollowBench [seconds]} with DISPLAY set (Xvfb).
 */
public final class LogFollowBench {
    private LogFollowBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        HighRateFeed feed = new HighRateFeed(50_000, Long.MAX_VALUE);
        AtomicLong maxGapNanos = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        long[] last = {0};
        long[] measureFrom = {Long.MAX_VALUE};
        LogsViewModel[] model = new LogsViewModel[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Notifier silent = new Notifier() {
                @Override public void info(String t, String x) { }
                @Override public void success(String t, String x) { }
                @Override public void failure(String t, String x) { }
            };
            model[0] = new LogsViewModel(feed, BackgroundTasks.onFxThread("cc-bench", 2), silent, 100_000,
                    Clock.systemUTC());
            LogsScreen screen = new LogsScreen(model[0]);
            Stage stage = new Stage();
            Scene scene = new Scene((Parent) screen.view(), 1200, 800);
            new Theme(false).attach(scene);
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0 && now >= measureFrom[0]) {
                        maxGapNanos.accumulateAndGet(now - last[0], Math::max);
                        pulses.incrementAndGet();
                    }
                    last[0] = now;
                }
            }.start();
            measureFrom[0] = System.nanoTime() + 2_000_000_000L;
            screen.activate();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(seconds * 1000L + 2000);
        long produced = feed.produced();
        int[] size = new int[1];
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            size[0] = model[0].shownLines().size();
            read.countDown();
        });
        read.await();
        System.out.printf("fed %,d lines in %d s (%,d lines/s); lines shown %,d; pulses measured %,d; "
                        + "max gap between pulses %d ms; RSS with %,d lines shown: %d MB%n",
                produced, seconds + 2, produced / (seconds + 2), size[0], pulses.get(), maxGapNanos.get() / 1_000_000,
                size[0], ProcessMemory.rssMegabytes());
        System.exit(0);
    }
}
