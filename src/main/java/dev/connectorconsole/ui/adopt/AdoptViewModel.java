package dev.connectorconsole.ui.adopt;

import dev.connectorconsole.app.AdoptServices;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.connectorconsole.adopt.Adoption;
import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * Finds connector containers and images made without the app, adopts a container as the connector the app manages,
 * and offers what an adopted container needs before anything risky: start, stop and a configuration backup.
 * Adopting changes nothing on the container. Every engine or connector call runs in the background.
 */
public final class AdoptViewModel {
    /** Where an adopted container goes: saved as a profile and made the container the app manages. */
    @FunctionalInterface
    public interface Adopter {
        void adopt(ConnectorProfile profile);
    }

    static final String HOST = "localhost";

    private final AdoptServices services;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Adopter adopter;
    private final Supplier<String> managedContainer;
    private final ConnectorSession session;

    private final ObservableList<ConnectorCandidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConnectorCandidate> adopted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper scannedOnce = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private long scanGeneration;
    /** Where the engine of the last scan publishes its ports for this app; a remote engine's host, not localhost. */
    private String adminHost = "localhost";

    private final StringBinding storageWarning = Bindings.createStringBinding(() -> {
        ConnectorCandidate candidate = adopted.get();
        return candidate != null && candidate.storage() != null && candidate.storage().recreateLosesConfiguration()
                ? candidate.storage().recreateWarning() : "";
    }, adopted);
    private final BooleanBinding adoptedRunning = Bindings.createBooleanBinding(
            () -> adopted.get() != null && adopted.get().isRunning(), adopted);
    private final BooleanBinding canStart = adopted.isNotNull().and(adoptedRunning.not()).and(busy.not());
    private final BooleanBinding canStop = adoptedRunning.and(busy.not());
    private final BooleanBinding canBackup = Bindings.createBooleanBinding(
            () -> adopted.get() != null && adopted.get().isRunning() && adopted.get().hostPort() != null && !busy.get(),
            adopted, busy);

    /**
     * @param managedContainer the container the app manages now (the adopted one is marked so)
     * @param session          the app's sign-in; a backup of the connector it is signed in to goes through it
     */
    public AdoptViewModel(AdoptServices services, BackgroundTasks tasks, Notifier notifier, Adopter adopter,
                          Supplier<String> managedContainer, ConnectorSession session) {
        this.services = Objects.requireNonNull(services);
        this.tasks = Objects.requireNonNull(tasks);
        this.notifier = Objects.requireNonNull(notifier);
        this.adopter = Objects.requireNonNull(adopter);
        this.managedContainer = Objects.requireNonNull(managedContainer);
        this.session = Objects.requireNonNull(session);
    }

    private record Scan(List<ConnectorCandidate> found, String adminHost) {}

    /** Scans the engine again; a newer scan wins over one still running. */
    public void refresh() {
        long generation = ++scanGeneration;
        scanning.set(true);
        error.set("");
        tasks.submit("scan for connectors", () -> new Scan(services.scan(), services.adminHost()), scan -> {
            if (generation != scanGeneration) {
                return;
            }
            List<ConnectorCandidate> found = scan.found();
            adminHost = scan.adminHost();
            scanning.set(false);
            scannedOnce.set(true);
            candidates.setAll(found);
            String managed = managedContainer.get();
            adopted.set(found.stream()
                    .filter(c -> c.kind() == ConnectorCandidate.Kind.CONTAINER && c.name().equals(managed))
                    .findFirst().orElse(null));
        }, failure -> {
            if (generation == scanGeneration) {
                scanning.set(false);
                scannedOnce.set(true);
                error.set("The Docker engine could not be scanned: " + failure.getMessage());
            }
        });
    }

    /** Remembers the container as the connector the app manages; the container itself is left as it is. */
    public void adopt(ConnectorCandidate candidate) {
        ConnectorProfile profile;
        try {
            profile = Adoption.profileFor(candidate, adminHost);
        } catch (IllegalArgumentException notAContainer) {
            error.set(notAContainer.getMessage());
            return;
        }
        adopter.adopt(profile);
        adopted.set(candidate);
        error.set("");
        notifier.success("Container adopted", "Connector Console now manages '" + candidate.name()
                + "'. Nothing on the container was changed.");
    }

    public boolean isAdopted(ConnectorCandidate candidate) {
        ConnectorCandidate current = adopted.get();
        return current != null && current.kind() == candidate.kind() && current.name().equals(candidate.name());
    }

    public void startAdopted() {
        lifecycle("Starting", "start", services::start);
    }

    public void stopAdopted() {
        lifecycle("Stopping", "stop", services::stop);
    }

    private void lifecycle(String doing, String verb, Consumer<String> action) {
        ConnectorCandidate candidate = adopted.get();
        if (candidate == null || busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(doing + " '" + candidate.name() + "'…");
        tasks.submit(verb + " " + candidate.name(), () -> {
            action.accept(candidate.name());
            return null;
        }, done -> {
            busy.set(false);
            progress.set("");
            refresh();
        }, failure -> {
            busy.set(false);
            progress.set("");
            error.set("Could not " + verb + " '" + candidate.name() + "': " + failure.getMessage());
            refresh();
        });
    }

    /** Reads the certificate the adopted connector presents, so the user can check it before the backup. */
    public void fetchCertificate(Consumer<ServerCertificate> onCertificate, Consumer<String> onFailure) {
        ConnectorCandidate candidate = adopted.get();
        if (candidate == null || candidate.hostPort() == null) {
            onFailure.accept("The adopted container does not publish the connector's port 8443.");
            return;
        }
        int port = candidate.hostPort();
        tasks.submit("certificate of " + candidate.name(), () -> services.certificate(HOST, port), onCertificate,
                failure -> onFailure.accept(failure.getMessage()));
    }

    /**
     * The user this app is signed in as on the adopted connector (its published port on this machine), when the backup
     * can go through that sign-in and need not ask for the admin credentials; empty otherwise.
     */
    public Optional<String> signedInUser() {
        return signedInClient().map(client -> session.userProperty().get());
    }

    /**
     * Downloads the configuration backup of the adopted connector with the admin credentials the user typed. The
     * passwords are used for this one request and not kept; they appear in no message.
     */
    public void backup(String sha256, Credentials admin, Secret backupPassword, Path target, Runnable onSaved,
                       Consumer<String> onFailure) {
        ConnectorCandidate candidate = backupCandidate(backupPassword, onFailure);
        if (candidate != null) {
            int port = candidate.hostPort();
            download(candidate, target, () -> services.backup(HOST, port, sha256, admin, backupPassword, target),
                    onSaved, onFailure);
        }
    }

    /**
     * Downloads the configuration backup of the adopted connector through the app's sign-in to it (see
     * {@link #signedInUser()}): the session's pinned client, with its credentials. The backup password is used for
     * this one request and not kept.
     */
    public void backupSignedIn(Secret backupPassword, Path target, Runnable onSaved, Consumer<String> onFailure) {
        ConnectorCandidate candidate = backupCandidate(backupPassword, onFailure);
        if (candidate == null) {
            return;
        }
        Optional<SccClient> client = signedInClient();
        if (client.isEmpty()) {
            onFailure.accept("The app is no longer signed in to this connector. Close this dialog and open it again"
                    + " to enter the admin password.");
            return;
        }
        download(candidate, target, () -> services.backup(client.get(), backupPassword, target), onSaved, onFailure);
    }

    private Optional<SccClient> signedInClient() {
        ConnectorCandidate candidate = adopted.get();
        if (candidate == null || candidate.hostPort() == null) {
            return Optional.empty();
        }
        return session.clientFor(new ConnectorEndpoint(HOST, candidate.hostPort()));
    }

    /** The adopted container when a backup can be asked of it, else null after telling {@code onFailure} why. */
    private ConnectorCandidate backupCandidate(Secret backupPassword, Consumer<String> onFailure) {
        ConnectorCandidate candidate = adopted.get();
        if (candidate == null || candidate.hostPort() == null) {
            onFailure.accept("The adopted container does not publish the connector's port 8443.");
            return null;
        }
        if (backupPassword.value().isEmpty()) {
            onFailure.accept("Choose a password for the backup: the connector encrypts its secrets with it.");
            return null;
        }
        return candidate;
    }

    private void download(ConnectorCandidate candidate, Path target, Callable<Long> work, Runnable onSaved,
                          Consumer<String> onFailure) {
        busy.set(true);
        progress.set("Backing up the configuration of '" + candidate.name() + "'…");
        tasks.submitLong("back up " + candidate.name(), work, size -> {
            busy.set(false);
            progress.set("");
            notifier.success("Backup saved", target + " (" + Math.max(1, size / 1024) + " KB)");
            onSaved.run();
        }, failure -> {
            busy.set(false);
            progress.set("");
            onFailure.accept("The backup failed: " + failure.getMessage());
        });
    }

    public ObservableList<ConnectorCandidate> candidates() {
        return candidates;
    }

    public List<ConnectorCandidate> containers() {
        return candidates.stream().filter(c -> c.kind() == ConnectorCandidate.Kind.CONTAINER).toList();
    }

    public ReadOnlyObjectProperty<ConnectorCandidate> adoptedProperty() { return adopted.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty scanningProperty() { return scanning.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty scannedOnceProperty() { return scannedOnce.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public StringBinding storageWarningProperty() { return storageWarning; }
    public BooleanBinding canStartProperty() { return canStart; }
    public BooleanBinding canStopProperty() { return canStop; }
    public BooleanBinding canBackupProperty() { return canBackup; }
}
