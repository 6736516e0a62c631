package dev.connectorconsole.ui;

import dev.connectorconsole.app.FleetRefresh;
import dev.connectorconsole.app.TunnelWatch;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * While the app runs, whichever screen is shown: every connector with a remembered password is read now and then,
 * and a tunnel that leaves Connected is told once (at most once an hour per tunnel, {@link TunnelWatch}).
 */
final class TunnelNotifications implements AutoCloseable {
    private final Supplier<List<ConnectorProfile>> profiles;
    private final CompletableFuture<SecretStore> passwords;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final TunnelWatch watch = new TunnelWatch();
    private final Timeline timer;
    private FleetRefresh fleet;
    private boolean reading;

    TunnelNotifications(Supplier<List<ConnectorProfile>> profiles, CompletableFuture<SecretStore> passwords,
                        BackgroundTasks tasks, Notifier notifier, IntSupplier refreshSeconds) {
        this.profiles = profiles;
        this.passwords = passwords;
        this.tasks = tasks;
        this.notifier = notifier;
        timer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(Math.max(30, refreshSeconds.getAsInt() * 3)),
                e -> check()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** The first check comes after one interval: nothing of this delays the start of the app. */
    void start() {
        timer.play();
    }

    private void check() {
        if (reading) {
            return;
        }
        reading = true;
        List<ConnectorProfile> all = List.copyOf(profiles.get());
        tasks.submitLong("watch the tunnels", () -> watch.observe(reader().read(all), Clock.systemUTC().instant()),
                drops -> {
                    reading = false;
                    drops.forEach(drop -> notifier.failure("Tunnel down", drop.sentence()));
                }, failure -> reading = false);
    }

    private synchronized FleetRefresh reader() {
        if (fleet == null) {
            fleet = new FleetRefresh(passwords.join(), Duration.ofSeconds(10), 4);
        }
        return fleet;
    }

    @Override
    public synchronized void close() {
        timer.stop();
        if (fleet != null) {
            fleet.close();
        }
    }
}
