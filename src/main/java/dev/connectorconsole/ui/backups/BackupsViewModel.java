package dev.connectorconsole.ui.backups;

import dev.connectorconsole.backup.BackupListing;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backup screen's state and its commands on the backups kept for the signed-in connector: list, take, export,
 * delete, forget the remembered password; taking one is {@link TakeBackup}'s, restoring {@link BackupRestore}'s. Every file and connector call runs
 * through {@link BackgroundTasks}. Backup passwords go to the connector and, when the user asks, to the secret store
 * ({@link BackupPasswords}); never into a message, a log line or a file.
 */
public final class BackupsViewModel {
    private final ConnectorSession session;
    private final BackgroundTasks tasks;
    private final BackupStore store;
    private final CompletableFuture<SecretStore> secrets;
    private final Supplier<String> connectorName;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);
    private final ReadOnlyBooleanWrapper passwordRemembered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper connector = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keptNote = new ReadOnlyStringWrapper("");
    private final IntSupplier kept;
    private final BooleanBinding available;
    private final BackupRestore restore;
    private final TakeBackup takeBackup;

    /**
     * @param connectorName the name the signed-in connector's backups are kept under (FX thread)
     * @param kept          how many backups of a connector are kept (the newest; {@code AppSettings.backupsKept})
     */
    public BackupsViewModel(ConnectorSession session, BackgroundTasks tasks, BackupStore store,
                            CompletableFuture<SecretStore> secrets, Supplier<String> connectorName, IntSupplier kept,
                            BackupRestore.Timing timing) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.store = Objects.requireNonNull(store, "store");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.connectorName = Objects.requireNonNull(connectorName, "connectorName");
        this.kept = Objects.requireNonNull(kept, "kept");
        available = Bindings.createBooleanBinding(() -> session.state() == SessionState.SIGNED_IN
                || session.state() == SessionState.UNREACHABLE && session.client().isPresent(), session.stateProperty());
        restore = new BackupRestore(this, timing);
        takeBackup = new TakeBackup(this, store, kept);
    }

    /** Re-reads the backups kept for the signed-in connector and whether its backup password is remembered. */
    public void refresh() {
        if (!available.get()) {
            rows.clear();
            connector.set("");
            passwordRemembered.set(false);
            return;
        }
        String name = connectorName.get();
        connector.set(name);
        keptNote.set("The newest " + kept.getAsInt() + " backups of this connector are kept in the app's folder; older"
                + " ones are deleted when a new one is taken. Their secrets are encrypted with the backup password,"
                + " which no file holds.");
        tasks.submit("list backups", () -> new Listed(store.list(name), remembered(name)), listed -> {
            if (!name.equals(connector.get())) {
                return;
            }
            BackupRow current = selected.get();
            rows.setAll(listed.listing().entries().stream().map(e -> BackupRow.of(e, ZoneId.systemDefault())).toList());
            selected.set(current == null ? null : rows.stream()
                    .filter(r -> r.entry().file().equals(current.entry().file())).findFirst().orElse(null));
            passwordRemembered.set(listed.remembered());
            if (!listed.listing().setAside().isEmpty()) {
                message.set(FormMessage.error(String.join(" ", listed.listing().setAside())));
            }
        }, failure -> message.set(FormMessage.error("The backups could not be listed: " + failure.getMessage())));
    }

    /** Copies the selected backup's zip to {@code target}. */
    public void export(BackupRow row, Path target) {
        start("Exporting…");
        tasks.submit("export backup", () -> {
            store.export(row.entry(), target);
            return target;
        }, done -> {
            stop();
            message.set(FormMessage.success("Exported " + row.describe() + " to " + done + "."));
        }, failure -> {
            stop();
            message.set(FormMessage.error("The backup could not be exported: " + failure.getMessage()));
        });
    }

    /** Deletes the backup from the app's folder (the view has asked). */
    public void delete(BackupRow row) {
        start("Deleting…");
        tasks.submit("delete backup", () -> {
            store.delete(row.entry());
            return row;
        }, done -> {
            stop();
            selected.set(null);
            message.set(FormMessage.success("Deleted " + row.describe() + "."));
            refresh();
        }, failure -> {
            stop();
            message.set(FormMessage.error("The backup could not be deleted: " + failure.getMessage()));
        });
    }

    /** Removes the remembered backup password of this connector from the secret store. */
    public void forgetPassword() {
        String name = connector.get();
        tasks.run("forget backup password", () -> passwords().forget(name),
                failure -> message.set(FormMessage.error("The password could not be forgotten: " + failure.getMessage())));
        passwordRemembered.set(false);
        message.set(FormMessage.success("The backup password is no longer remembered."));
    }

    // ---- shared with BackupRestore ---------------------------------------------------------------------------

    void start(String doing) {
        busy.set(true);
        busyText.set(doing);
        message.set(FormMessage.NONE);
    }

    void stop() {
        busy.set(false);
        busyText.set("");
    }

    BackupPasswords passwords() {
        return new BackupPasswords(secrets.join());
    }

    BackgroundTasks tasks() { return tasks; }
    void say(FormMessage now) { message.set(now); }
    void doing(String text) { busyText.set(text); }

    private boolean remembered(String name) {
        try {
            return passwords().recall(name).isPresent();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private record Listed(BackupListing listing, boolean remembered) {}

    public BackupRestore restore() { return restore; }
    public TakeBackup takeBackup() { return takeBackup; }
    public ConnectorSession session() { return session; }
    public ObservableList<BackupRow> rows() { return rows; }
    public ObjectProperty<BackupRow> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty busyTextProperty() { return busyText.getReadOnlyProperty(); }
    public ObjectProperty<FormMessage> messageProperty() { return message; }
    public ReadOnlyBooleanProperty passwordRememberedProperty() { return passwordRemembered.getReadOnlyProperty(); }
    public ReadOnlyStringProperty connectorProperty() { return connector.getReadOnlyProperty(); }
    public ReadOnlyStringProperty keptNoteProperty() { return keptNote.getReadOnlyProperty(); }
    /** Signed in (or momentarily unreachable while signed in): the screen's content and commands are there. */
    public BooleanBinding availableProperty() { return available; }
}
