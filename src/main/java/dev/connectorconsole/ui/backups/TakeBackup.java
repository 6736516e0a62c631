package dev.connectorconsole.ui.backups;

import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * "Take backup now": the connector writes the backup through the sign-in into the app's folder ({@link BackupStore}),
 * only the newest backups are kept, and the password is remembered in the secret store when the user asked.
 */
public final class TakeBackup {
    private final BackupsViewModel model;
    private final BackupStore store;
    private final IntSupplier kept;

    TakeBackup(BackupsViewModel model, BackupStore store, IntSupplier kept) {
        this.model = model;
        this.store = store;
        this.kept = Objects.requireNonNull(kept, "kept");
    }

    /**
     * Takes a backup now with the typed password, or the remembered one when {@code typed} is empty. {@code onFailure}
     * gets a sentence for the dialog, which stays open with its values.
     */
    public void start(Optional<Secret> typed, boolean remember, Runnable onDone, Consumer<String> onFailure) {
        Optional<SccClient> client = model.session().client();
        if (client.isEmpty() || model.busyProperty().get()) {
            onFailure.accept("Sign in to the connector first: the backup goes through the sign-in.");
            return;
        }
        String name = model.connectorProperty().get();
        int keep = kept.getAsInt();
        model.start("Taking a backup…");
        model.tasks().submitLong("configuration backup", () -> {
            Secret password = typed.isPresent() ? typed.get() : model.passwords().recall(name).orElseThrow(
                    () -> new IllegalStateException("No backup password is remembered for this connector any more."));
            BackupEntry entry = store.take(client.get(), name, password);
            List<BackupEntry> dropped = store.keepNewest(name, keep);
            String note = "";
            if (remember && typed.isPresent()) {
                try {
                    model.passwords().remember(name, password);
                } catch (RuntimeException e) {
                    note = " The password could not be remembered: " + e.getMessage();
                }
            }
            return new Taken(entry, dropped.size(), note);
        }, taken -> {
            model.stop();
            onDone.run();
            model.session().reportSuccess();
            String older = taken.dropped() == 0 ? "" : " " + taken.dropped() + " older backup(s) deleted: the newest "
                    + keep + " are kept.";
            BackupRow row = BackupRow.of(taken.entry(), ZoneId.systemDefault());
            model.say(FormMessage.success("Backup taken: " + row.date() + ", connector " + row.version() + ", "
                    + row.size() + "." + older + taken.note()));
            model.selectedProperty().set(null);
            model.refresh();
        }, failure -> {
            model.stop();
            onFailure.accept(failure instanceof SccException && model.session().reportFailure(failure)
                    ? model.session().lastErrorProperty().get() : "The backup failed: " + failure.getMessage());
        });
    }

    private record Taken(BackupEntry entry, int dropped, String note) {}
}
