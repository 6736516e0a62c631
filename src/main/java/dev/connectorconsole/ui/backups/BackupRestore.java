package dev.connectorconsole.ui.backups;

import dev.connectorconsole.backup.ConnectorRestart;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Restoring a backup onto the signed-in connector: the upload (a wrong password, a file that is no backup or a
 * backup of a newer version is refused by the connector and changes nothing: its sentence goes back to the dialog),
 * then the wait while the connector restarts ({@link ConnectorRestart}), then the check through the API: the
 * subaccounts read back, their count shown.
 */
public final class BackupRestore {
    /** How long to watch for the restart, and how long to wait for the connector to answer again. */
    public record Timing(Duration grace, Duration timeout) {
        public static final Timing DEFAULT = new Timing(ConnectorRestart.DEFAULT_GRACE, ConnectorRestart.DEFAULT_TIMEOUT);
    }

    private final BackupsViewModel model;
    private final Timing timing;

    BackupRestore(BackupsViewModel model, Timing timing) {
        this.model = model;
        this.timing = timing;
    }

    /**
     * Uploads {@code file} with the typed password, or the remembered one when {@code typed} is empty.
     * {@code onAccepted} runs when the connector took it (it restarts now); {@code onRejected} gets the connector's
     * sentence when it refused, and the connector is as it was.
     */
    public void start(Path file, Optional<Secret> typed, Runnable onAccepted, Consumer<String> onRejected) {
        Optional<SccClient> client = model.session().client();
        if (client.isEmpty() || model.busyProperty().get()) {
            onRejected.accept("Sign in to the connector first: the restore goes through the sign-in.");
            return;
        }
        String name = model.connectorProperty().get();
        model.start("Restoring " + file.getFileName() + "…");
        model.tasks().submitLong("restore backup", () -> {
            Secret password = typed.isPresent() ? typed.get() : model.passwords().recall(name).orElseThrow(
                    () -> new IllegalArgumentException("No backup password is remembered for this connector any more."));
            client.get().restore(password, file);
            return null;
        }, accepted -> {
            onAccepted.run();
            model.doing("The connector restarts with the restored configuration…");
            awaitRestart(client.get());
        }, failure -> {
            model.stop();
            onRejected.accept(sentence(failure));
        });
    }

    private void awaitRestart(SccClient client) {
        model.tasks().submitLong("wait for the restart", () -> {
            ConnectorRestart.Outcome outcome = ConnectorRestart.of(client, timing.grace(), timing.timeout()).await();
            if (!outcome.answered()) {
                throw new RestartTimeout();
            }
            return new Restored(client.subaccounts().size(), outcome.took());
        }, restored -> {
            model.stop();
            model.session().reportSuccess();
            model.say(FormMessage.success("Restored: " + restored.subaccounts()
                    + (restored.subaccounts() == 1 ? " subaccount" : " subaccounts") + ". The connector answered again after "
                    + seconds(restored.took()) + "."));
            model.refresh();
        }, failure -> {
            model.stop();
            if (failure instanceof RestartTimeout) {
                model.say(FormMessage.error("The restore was accepted, but the connector did not answer within "
                        + seconds(timing.timeout()) + ". Look at its container and log, then sign in again."));
            } else {
                String why = failure instanceof SccException && model.session().reportFailure(failure)
                        ? model.session().lastErrorProperty().get()
                        : failure.getMessage();
                model.say(FormMessage.error("The connector restarted with the restored configuration, but reading it"
                        + " back failed: " + why + " The restored configuration has the admin password it had when"
                        + " the backup was taken."));
            }
        });
    }

    private String sentence(Throwable failure) {
        if (failure instanceof IllegalArgumentException || failure instanceof SccException scc
                && scc.kind() == SccException.Kind.INVALID_REQUEST) {
            return failure.getMessage();
        }
        if (failure instanceof SccException && model.session().reportFailure(failure)) {
            return model.session().lastErrorProperty().get();
        }
        return "The restore failed: " + failure.getMessage();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private record Restored(int subaccounts, Duration took) {}

    private static final class RestartTimeout extends Exception {
        RestartTimeout() {
            super("the connector did not answer again in time");
        }
    }
}
