package dev.connectorconsole.ui;

import dev.connectorconsole.app.AlertWatch;
import dev.connectorconsole.app.FleetReading;
import dev.connectorconsole.app.FleetRefresh;
import dev.connectorconsole.app.TunnelWatch;
import dev.connectorconsole.app.FleetTakeovers;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.NotificationChoices;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * While the app runs, whichever screen is shown: every connector with a remembered password is read now and then,
 * and what changed is told as the settings allow: a tunnel that leaves Connected (at most once an hour per tunnel,
 * {@link TunnelWatch}), a new alert, a certificate about to expire (once a day at most, {@link AlertWatch}).
 */
final class FleetNotifications implements AutoCloseable {
    private final Supplier<List<ConnectorProfile>> profiles;
    private final Supplier<NotificationChoices> choices;
    private final CompletableFuture<SecretStore> passwords;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final TunnelWatch tunnels = new TunnelWatch();
    private final AlertWatch alerts = new AlertWatch();
    private final FleetTakeovers takeovers = new FleetTakeovers();
    private final Timeline timer;
    private FleetRefresh fleet;
    private boolean reading;

    private record Told(List<TunnelWatch.Drop> drops, AlertWatch.Findings findings, List<String> takeovers) {}

    /** @param every time between two readings; the first comes after one */
    FleetNotifications(Supplier<List<ConnectorProfile>> profiles, Supplier<NotificationChoices> choices,
                       CompletableFuture<SecretStore> passwords, BackgroundTasks tasks, Notifier notifier,
                       Duration every) {
        this.profiles = profiles;
        this.choices = choices;
        this.passwords = passwords;
        this.tasks = tasks;
        this.notifier = notifier;
        timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(every.toMillis()), e -> check()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** The first check comes after one interval: nothing of this delays the start of the app. */
    void start() {
        timer.play();
    }

    private void check() {
        NotificationChoices chosen = choices.get();
        if (reading || !chosen.any()) {
            return;
        }
        reading = true;
        boolean health = chosen.alerts() || chosen.certificates();
        List<ConnectorProfile> all = List.copyOf(profiles.get());
        tasks.submitLong("watch the connectors", () -> {
            List<FleetReading> readings = reader().read(all, health);
            Instant now = Clock.systemUTC().instant();
            return new Told(tunnels.observe(readings, now), alerts.observe(readings, now), takeovers.observe(readings));
        }, told -> {
            reading = false;
            tell(told, choices.get());
        }, failure -> reading = false);
    }

    private void tell(Told told, NotificationChoices chosen) {
        if (chosen.tunnels()) {
            told.drops().forEach(drop -> notifier.failure("Tunnel down", drop.sentence()));
        }
        if (chosen.alerts()) {
            told.findings().alerts().forEach(news -> {
                if (news.serious()) {
                    notifier.failure(news.title(), news.sentence());
                } else {
                    notifier.info(news.title(), news.sentence());
                }
            });
        }
        if (chosen.alerts()) {
            told.takeovers().forEach(sentence -> notifier.failure("Shadow took over", sentence));
        }
        if (chosen.certificates()) {
            told.findings().certificates().forEach(news -> notifier.info(news.title(), news.sentence()));
        }
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
