package dev.connectorconsole.ui.container;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.connectorconsole.app.BackupFirst;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/**
 * "Back up first" in a confirmation when the app is not signed in: the admin password (the remembered one filled in),
 * the backup password unless one is remembered, and the certificate the backup's sign-in trusts: the pinned one, or
 * the one the connector presents, shown so the user trusts it by ticking the box. Properties on the FX thread.
 */
final class BackupFirstChoice {
    private final BackgroundTasks tasks;
    private final BackupFirst backups;
    private final Consumer<String> pin;
    private final BackupFirst.Target target;

    private final BooleanProperty wanted = new SimpleBooleanProperty(false);
    private final StringProperty adminPassword = new SimpleStringProperty("");
    private final StringProperty backupPassword = new SimpleStringProperty("");
    private final StringProperty backupAgain = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper backupPasswordRemembered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ServerCertificate> presented = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Secret rememberedBackupPassword;

    /** @param pin keeps a certificate trusted here in the connector's profile, once the backup went through */
    BackupFirstChoice(BackgroundTasks tasks, BackupFirst backups, BackupFirst.Target target, Consumer<String> pin) {
        this.tasks = tasks;
        this.backups = backups;
        this.target = target;
        this.pin = pin;
        certificate.set(target.pinnedSha256() != null ? "Signs in trusting only the pinned certificate "
                + target.pinnedSha256() + "." : "Reading the connector's certificate…");
    }

    /** Reads the remembered passwords and, when none is pinned, the presented certificate, in the background. */
    void load() {
        tasks.submit("remembered passwords", () -> new Remembered(backups.rememberedAdminPassword(target),
                backups.rememberedBackupPassword(target)), remembered -> {
                    remembered.admin().ifPresent(secret -> adminPassword.set(secret.value()));
                    remembered.backup().ifPresent(secret -> {
                        rememberedBackupPassword = secret;
                        backupPasswordRemembered.set(true);
                    });
                }, failure -> { });
        if (target.pinnedSha256() == null) {
            tasks.submit("read certificate", () -> backups.presentedCertificate(target), found -> {
                presented.set(found);
                certificate.set("No certificate is pinned for this connector yet. It presents SHA-256 "
                        + found.sha256() + " (" + found.subject() + "); backing up trusts and pins it.");
            }, failure -> certificate.set("The connector's certificate could not be read: " + failure.getMessage()));
        }
    }

    /** Why the chosen backup cannot start; empty when it can (or none is wanted). */
    Optional<String> problem() {
        if (!wanted.get()) {
            return Optional.empty();
        }
        if (target.pinnedSha256() == null && presented.get() == null) {
            return Optional.of("The connector's certificate is not known yet: the backup cannot sign in.");
        }
        if (adminPassword.get().isEmpty()) {
            return Optional.of("Enter the admin password of " + target.user() + ": the backup signs in with it.");
        }
        if (!backupPasswordRemembered.get()) {
            if (backupPassword.get().isEmpty()) {
                return Optional.of("Choose a backup password: the connector encrypts its secrets with it.");
            }
            if (!backupPassword.get().equals(backupAgain.get())) {
                return Optional.of("The two backup passwords differ.");
            }
        }
        return Optional.empty();
    }

    /** The backup to run before the action (null when none is wanted); returns the kept backup's file name. */
    Callable<String> step() {
        if (!wanted.get() || problem().isPresent()) {
            return null;
        }
        Secret admin = new Secret(adminPassword.get());
        Secret backup = backupPasswordRemembered.get() ? rememberedBackupPassword : new Secret(backupPassword.get());
        String trusted = presented.get() != null ? presented.get().sha256() : null;
        BackupFirst.Target signIn = trusted != null ? target.pinnedTo(trusted) : target;
        return () -> {
            String file = backups.take(signIn, admin, backup).file().getFileName().toString();
            if (trusted != null) {
                tasks.deliveryExecutor().execute(() -> pin.accept(trusted));
            }
            return file;
        };
    }

    /** Forgets what was typed (the dialog closed). */
    void clear() {
        adminPassword.set("");
        backupPassword.set("");
        backupAgain.set("");
        rememberedBackupPassword = null;
    }

    private record Remembered(Optional<Secret> admin, Optional<Secret> backup) { }

    BooleanProperty wantedProperty() { return wanted; }
    StringProperty adminPasswordProperty() { return adminPassword; }
    StringProperty backupPasswordProperty() { return backupPassword; }
    StringProperty backupAgainProperty() { return backupAgain; }
    ReadOnlyBooleanProperty backupPasswordRememberedProperty() { return backupPasswordRemembered.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<ServerCertificate> presentedProperty() { return presented.getReadOnlyProperty(); }
    ReadOnlyStringProperty certificateProperty() { return certificate.getReadOnlyProperty(); }
    ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    String user() { return target.user(); }

    /** Shows why the action did not start. */
    void showProblem(String text) {
        message.set(text);
    }
}
