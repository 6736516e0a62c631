package dev.connectorconsole.ui.session;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one connector the app talks to: its address, the signed-in user, the password (in memory only, as a
 * {@link Secret}), the pinned certificate fingerprint, and where the sign-in stands ({@link SessionState}).
 * Properties change on the UI thread only; connector calls run through {@link BackgroundTasks}.
 */
public final class ConnectorSession implements AutoCloseable {
    public static final String MASTER_ROLE = "master";

    private final ClientFactory factory;
    private final BackgroundTasks tasks;
    private final Consumer<String> onCertificatePinned;

    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(SessionState.SIGNED_OUT);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ServerCertificate> presentedCertificate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pinnedFingerprint = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ConnectorEndpoint> endpoint = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper("");

    private final RememberedPasswords remembered;

    private Secret password;
    private final SignInAttempts attempts = new SignInAttempts();

    /**
     * @param pinnedSha256        fingerprint pinned in the connector profile, or null when none is pinned yet
     * @param onCertificatePinned called (UI thread) with the fingerprint the user chose to trust, so the caller can
     *                            store it in the profile ({@code ConnectorProfile.pinnedSha256})
     */
    public ConnectorSession(ClientFactory factory, BackgroundTasks tasks, String pinnedSha256,
                            Consumer<String> onCertificatePinned) {
        this(factory, tasks, pinnedSha256, onCertificatePinned, (SecretStore) null);
    }

    /**
     * @param passwords where the admin password is kept when the user ticks "remember" (the OS keyring, or memory
     *                  when there is none, which {@link SecretStore#description()} says); null: never remembered
     */
    public ConnectorSession(ClientFactory factory, BackgroundTasks tasks, String pinnedSha256,
                            Consumer<String> onCertificatePinned, SecretStore passwords) {
        this(factory, tasks, pinnedSha256, onCertificatePinned,
                passwords == null ? null : CompletableFuture.completedFuture(passwords));
    }

    /**
     * @param passwords the password store still being looked for (probing the desktop keyring starts a process, so
     *                  it runs in the background); null: never remembered
     */
    public ConnectorSession(ClientFactory factory, BackgroundTasks tasks, String pinnedSha256,
                            Consumer<String> onCertificatePinned, CompletableFuture<SecretStore> passwords) {
        this.remembered = new RememberedPasswords(Objects.requireNonNull(tasks, "tasks"), passwords);
        this.factory = Objects.requireNonNull(factory, "factory");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onCertificatePinned = Objects.requireNonNull(onCertificatePinned, "onCertificatePinned");
        pinnedFingerprint.set(pinnedSha256 == null || pinnedSha256.isBlank() ? null : pinnedSha256);
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Signs in: shows the certificate first when none is pinned, then checks the credentials and first-run gates. */
    public void signIn(String adminUrl, String userName, Secret secret) {
        Optional<String> problem = AdminUrl.problem(adminUrl);
        if (problem.isPresent()) {
            lastError.set(problem.get());
            return;
        }
        ConnectorEndpoint target = AdminUrl.parse(adminUrl).orElseThrow();
        attempts.closeClient();
        endpoint.set(target);
        user.set(userName.trim());
        password = secret;
        lastError.set("");
        if (pinnedFingerprint.get() == null) {
            probeCertificate(target);
        } else {
            checkAccess();
        }
    }

    /** Pins the certificate the connector presented and continues signing in. */
    public void trustPresentedCertificate() {
        ServerCertificate certificate = presentedCertificate.get();
        if (certificate == null) {
            return;
        }
        pinnedFingerprint.set(certificate.sha256());
        presentedCertificate.set(null);
        onCertificatePinned.accept(certificate.sha256());
        checkAccess();
    }

    /** The user refused the certificate: nothing is sent to that server. */
    public void rejectCertificate() {
        attempts.abandon();
        busy.set(false);
        presentedCertificate.set(null);
        forgetCredentials();
        lastError.set("Not signed in: the connector's certificate was not trusted.");
        state.set(SessionState.SIGNED_OUT);
    }

    /**
     * Replaces the connector's initial password. On success the session continues with the new password; when
     * the connector rejects the change (for example a wrong current password), {@code onRejected} gets the failure
     * and the state stays {@link SessionState#PASSWORD_CHANGE_REQUIRED}.
     */
    public void changeInitialPassword(Secret current, Secret next, Consumer<SccException> onRejected) {
        SccClient active = attempts.client().orElse(null);
        if (active == null) {
            return;
        }
        long mine = attempts.current();
        busy.set(true);
        tasks.submit("change initial password", () -> {
                    active.changeInitialPassword(current, next);
                    return null;
                },
                ignored -> {
                    if (attempts.isCurrent(mine)) {
                        password = next;
                        checkAccess();
                    }
                },
                failure -> {
                    if (!attempts.isCurrent(mine)) {
                        return;
                    }
                    busy.set(false);
                    if (failure instanceof SccException scc && scc.kind() == SccException.Kind.INVALID_REQUEST) {
                        onRejected.accept(scc);
                    } else {
                        handleFailure(failure);
                    }
                });
    }

    /** Makes this connector the master (the single or main connector) and continues signing in. */
    public void chooseMasterRole() {
        SccClient active = attempts.client().orElse(null);
        if (active == null) {
            return;
        }
        long mine = attempts.current();
        busy.set(true);
        tasks.submit("set HA role", () -> {
            active.setHaRole(MASTER_ROLE);
            return null;
        }, ignored -> {
            if (attempts.isCurrent(mine)) {
                checkAccess();
            }
        }, failure -> {
            if (attempts.isCurrent(mine)) {
                handleFailure(failure);
            }
        });
    }

    /** Tries again with the credentials already given (after the connector was unreachable). */
    public void retry() {
        if (endpoint.get() != null && password != null) {
            checkAccess();
        }
    }

    /** Ends the session; a sign-in still under way is abandoned and the client it opens is closed. */
    public void signOut() {
        attempts.abandon();
        busy.set(false);
        forgetCredentials();
        presentedCertificate.set(null);
        lastError.set("");
        state.set(SessionState.SIGNED_OUT);
    }

    /**
     * Another connector is chosen: this session ends and the next sign-in trusts that connector's pinned certificate
     * (none: it is shown first).
     */
    public void useConnector(String pinnedSha256) {
        signOut();
        pinnedFingerprint.set(pinnedSha256 == null || pinnedSha256.isBlank() ? null : pinnedSha256);
    }

    // ---- for screens ---------------------------------------------------------------------------------------

    /** The signed-in client; empty unless signed in (or signed in and momentarily unreachable). */
    public Optional<SccClient> client() {
        return attempts.client();
    }

    /**
     * The signed-in client, when this session is signed in to the connector at {@code address} (same port, same host
     * or both loopback, see {@link ConnectorAddress}); empty otherwise, also while a sign-in is under way or the
     * connector is unreachable. The client is pinned to the trusted certificate and carries the session's credentials.
     */
    public Optional<SccClient> clientFor(ConnectorEndpoint address) {
        SccClient active = attempts.client().orElse(null);
        if (active == null || state.get() != SessionState.SIGNED_IN || !ConnectorAddress.same(endpoint.get(), address)) {
            return Optional.empty();
        }
        return Optional.of(active);
    }

    /**
     * A screen's call failed: when the failure concerns the whole session (unreachable, credentials no longer
     * accepted, certificate changed, first-run gate) the session state follows and this returns true, so the screen
     * need not show it again next to a field.
     */
    public boolean reportFailure(Throwable failure) {
        if (failure instanceof SccException scc && SessionFailures.concernsSession(scc.kind())) {
            handleFailure(scc);
            return true;
        }
        if (!(failure instanceof SccException)) {
            handleFailure(failure);
            return true;
        }
        return false;
    }

    /** A screen's call succeeded: an unreachable connector is back. */
    public void reportSuccess() {
        if (state.get() == SessionState.UNREACHABLE && attempts.client().isPresent()) {
            lastError.set("");
            state.set(SessionState.SIGNED_IN);
        }
    }

    @Override
    public void close() {
        attempts.closeClient();
    }

    // ---- flow ----------------------------------------------------------------------------------------------

    private void probeCertificate(ConnectorEndpoint target) {
        long mine = attempts.next();
        busy.set(true);
        tasks.submit("read certificate", () -> factory.probeCertificate(target),
                certificate -> {
                    if (!attempts.isCurrent(mine)) {
                        return;
                    }
                    busy.set(false);
                    presentedCertificate.set(certificate);
                    state.set(SessionState.CERTIFICATE_TO_CONFIRM);
                },
                failure -> {
                    if (attempts.isCurrent(mine)) {
                        handleFailure(failure);
                    }
                });
    }

    private void checkAccess() {
        ConnectorEndpoint target = endpoint.get();
        Credentials credentials = new Credentials(user.get(), password);
        String pin = pinnedFingerprint.get();
        attempts.closeClient();
        long mine = attempts.next();
        AtomicReference<SccClient> opening = new AtomicReference<>();
        busy.set(true);
        tasks.submit("sign in", () -> {
                    SccClient opened = factory.open(target, credentials, pin);
                    opening.set(opened);
                    opened.subaccounts();
                    return opened;
                },
                opened -> {
                    if (!attempts.adopt(mine, opened)) {
                        return;
                    }
                    busy.set(false);
                    lastError.set("");
                    state.set(SessionState.SIGNED_IN);
                    remembered.keepOrForget(target, credentials);
                },
                failure -> {
                    // A first-run gate still needs the client that was opened (to change the password, set the role).
                    if (attempts.adopt(mine, opening.get())) {
                        handleFailure(failure);
                    }
                });
    }

    /** Loads a remembered password for this address and user (off the FX thread); nothing when none is kept. */
    public void loadRememberedPassword(String adminUrl, String userName, Consumer<Secret> onFound) {
        loadRememberedPassword(adminUrl, userName, onFound, () -> { });
    }

    /** As above; {@code onMissing} runs (on the FX thread) when no password is kept or it cannot be read. */
    public void loadRememberedPassword(String adminUrl, String userName, Consumer<Secret> onFound, Runnable onMissing) {
        remembered.load(adminUrl, userName, onFound, onMissing);
    }

    /** The keyring entry's name: no secret in it. */
    static String passwordKey(ConnectorEndpoint endpoint, String userName) {
        return RememberedPasswords.key(endpoint, userName);
    }

    private void handleFailure(Throwable failure) {
        busy.set(false);
        if (!(failure instanceof SccException scc)) {
            lastError.set(SessionFailures.unreachableSentence(endpoint.get(), failure));
            state.set(SessionState.UNREACHABLE);
            return;
        }
        boolean firstRunStep = scc.kind() == SccException.Kind.INITIAL_PASSWORD_REQUIRED
                || scc.kind() == SccException.Kind.HA_ROLE_UNDEFINED;
        lastError.set(firstRunStep ? "" : SessionFailures.sentence(scc, user.get()));
        switch (scc.kind()) {
            case INITIAL_PASSWORD_REQUIRED -> state.set(SessionState.PASSWORD_CHANGE_REQUIRED);
            case HA_ROLE_UNDEFINED -> state.set(SessionState.HA_ROLE_REQUIRED);
            case UNREACHABLE, TIMEOUT -> state.set(SessionState.UNREACHABLE);
            case CERTIFICATE_CHANGED, UNTRUSTED_CERTIFICATE -> {
                attempts.closeClient();
                presentedCertificate.set(scc.presented().orElse(null));
                state.set(SessionState.CERTIFICATE_TO_CONFIRM);
            }
            default -> {
                forgetCredentials();
                state.set(SessionState.SIGNED_OUT);
            }
        }
    }

    private void forgetCredentials() {
        attempts.closeClient();
        password = null;
    }

    // ---- observable state ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<SessionState> stateProperty() { return state.getReadOnlyProperty(); }
    public SessionState state() { return state.get(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastErrorProperty() { return lastError.getReadOnlyProperty(); }
    /** The certificate waiting for the user's decision (state {@link SessionState#CERTIFICATE_TO_CONFIRM}). */
    public ReadOnlyObjectProperty<ServerCertificate> presentedCertificateProperty() { return presentedCertificate.getReadOnlyProperty(); }
    /** The trusted fingerprint; when a certificate is to confirm and this is set, the certificate has changed. */
    public ReadOnlyStringProperty pinnedFingerprintProperty() { return pinnedFingerprint.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ConnectorEndpoint> endpointProperty() { return endpoint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty userProperty() { return user.getReadOnlyProperty(); }
    /** Whether the password is kept in the {@link SecretStore} after a successful sign-in. */
    public javafx.beans.property.BooleanProperty rememberPasswordProperty() { return remembered.rememberProperty(); }
    public boolean canRememberPasswords() { return remembered.available(); }
    /** Where remembered passwords go, in one sentence (e.g. "kept in memory until the app closes"); "" until known. */
    public ReadOnlyStringProperty passwordStoreDescriptionProperty() { return remembered.descriptionProperty(); }
    /** True once the store is known to keep passwords across restarts (the desktop keyring). */
    public ReadOnlyBooleanProperty passwordStorePersistentProperty() { return remembered.persistentProperty(); }
    /** A note about remembering the password (fallback to memory, or a keyring failure); "" when none. */
    public ReadOnlyStringProperty passwordStoreNoteProperty() { return remembered.noteProperty(); }

    @Override
    public String toString() {
        return "ConnectorSession[" + endpoint.get() + ", user=" + user.get() + ", state=" + state.get() + "]";
    }
}
