package dev.connectorconsole.ui.ha;

import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.app.HaPairing;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.MasterHaState;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ShadowHaState;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.shell.Notifier;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The High availability screen's state: the signed-in connector and the second one of its pair, each with its role
 * and state; pairing them (checked before anything is sent), making a shadow container for the shown connector's
 * container, and switching their roles, off the FX thread. A watch read tells a takeover as a notification.
 */
public final class HaViewModel implements AutoCloseable {
    private final ConnectorCalls calls;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty checkInterval = new SimpleStringProperty("30");
    private final StringProperty takeoverDelay = new SimpleStringProperty("10");
    private final ReadOnlyStringWrapper thisInstance = new ReadOnlyStringWrapper("Not read yet");
    private final ReadOnlyStringWrapper otherInstance = new ReadOnlyStringWrapper("No second connector yet");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSwitch = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper switchNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper makeProgress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper making = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final ShadowSource shadows;
    private final TakeoverWatch takeovers = new TakeoverWatch();
    private final ShadowEngineChoice engineChoice;
    private SccClient second;
    private String secondName = "The second connector";
    /** True once a pair was made here: its note replaces the one kept with the profile. */
    private boolean pairedHere;

    /** Pairs connectors reached by address only (no shadow containers, no notifications). */
    public HaViewModel(ConnectorCalls calls) {
        this(calls, null, null, null);
    }

    /** @param shadows null when no shadow container can be made */
    public HaViewModel(ConnectorCalls calls, BackgroundTasks tasks, Notifier notifier, ShadowSource shadows) {
        this.calls = calls;
        this.tasks = tasks;
        this.notifier = notifier;
        this.shadows = shadows;
        this.engineChoice = shadows == null || tasks == null ? null : new ShadowEngineChoice(shadows, tasks);
        busy.bind(calls.busyProperty().or(making));
    }

    /** A quiet read of each instance on its own, so a shadow that took over from a stopped master is still seen. */
    public void watch() {
        SccClient other = second;
        if (tasks == null || other == null) {
            refresh();
            return;
        }
        SccClient first = calls.session().client().orElse(null);
        tasks.submit("high-availability watch", () -> HaPairing.readEach(first, other), this::show, failure -> { });
    }

    /**
     * Makes a shadow container for the shown connector's container and pairs it; {@code masterPassword} may be empty
     * when the password is remembered. Each step shows in {@link #makeProgressProperty()}.
     */
    public void makePair(String masterPassword) {
        int interval;
        int delay;
        try {
            interval = ShadowForm.seconds(checkInterval.get(), "checkInterval", "check interval");
            delay = ShadowForm.seconds(takeoverDelay.get(), "takeoverDelay", "takeover delay");
        } catch (ShadowForm.Invalid invalid) {
            errorField.set(invalid.field());
            error.set(invalid.getMessage());
            return;
        }
        Optional<String> container = shadows == null ? Optional.empty() : shadows.masterContainer().get();
        Optional<SccClient> master = calls.session().client();
        errorField.set("");
        if (container.isEmpty()) {
            error.set("The connector shown has no container on this engine: pair it with a second connector by address below.");
            return;
        }
        if (master.isEmpty()) {
            error.set("Sign in to the master connector first.");
            return;
        }
        error.set("");
        ConnectorEndpoint address = calls.session().endpointProperty().get();
        String user = calls.session().userProperty().get();
        ShadowMaking work = new ShadowMaking(shadows);
        String engine = engineChoice.engineName();
        making.set(true);
        makeProgress.set("Making a shadow for " + container.get() + "…");
        tasks.submitLong("Making a shadow for " + container.get(), () -> work.make(container.get(), master.get(), address,
                        user, masterPassword, interval, delay, engine,
                        step -> tasks.deliveryExecutor().execute(() -> makeProgress.set(step))),
                result -> {
                    making.set(false);
                    replaceSecond(result.client());
                    switchNote.set(result.made().switchProblem() == null ? "" : result.made().switchProblem());
                    pairedHere = true;
                    secondName = result.made().container();
                    takeovers.forget();
                    shadows.addProfile().accept(result.made().profile(engine));
                    show(result.made().status());
                    makeProgress.set("Paired: " + result.made().container() + " is the shadow of " + container.get()
                            + (engine == null ? "" : " on engine '" + engine + "'") + "; it is listed with the connectors.");
                },
                failure -> {
                    making.set(false);
                    makeProgress.set("");
                    errorField.set("");
                    error.set(failure.getMessage());
                });
    }

    public void refresh() {
        if (engineChoice != null) {
            engineChoice.refresh();
        }
        SccClient other = second;
        calls.run(null, master -> new HaPairing(master, other).read(), this::show, failure -> { });
    }

    /** Pairs the signed-in master with the connector typed in; the passwords are used for this call only. */
    public void pair(String shadowPassword, String masterPassword) {
        ShadowForm form;
        try {
            form = ShadowForm.check(address.get(), fingerprint.get(), !shadowPassword.isEmpty(), !masterPassword.isEmpty(),
                    checkInterval.get(), takeoverDelay.get());
        } catch (ShadowForm.Invalid invalid) {
            errorField.set(invalid.field());
            error.set(invalid.getMessage());
            return;
        }
        errorField.set("");
        error.set("");
        ConnectorEndpoint master = calls.session().endpointProperty().get();
        String user = calls.session().userProperty().get();
        switchNote.set("");
        pairedHere = true;
        replaceSecond(new SccClient(form.shadow(), new Credentials("Administrator", new Secret(shadowPassword)),
                TrustSettings.pinned(form.fingerprint())));
        secondName = form.shadow().display();
        takeovers.forget();
        SccClient other = second;
        Secret masterSecret = new Secret(masterPassword);
        HaPairing.ShadowSettings settings = new HaPairing.ShadowSettings(master.host(), master.port(), form.shadow().host(),
                form.checkIntervalSeconds(), form.takeoverDelaySeconds());
        boolean started = calls.run("Pairing with " + form.shadow().display() + "…", client -> {
            HaPairing pairing = new HaPairing(client, other);
            pairing.pair(settings, user, masterSecret);
            return pairing.read();
        }, this::show, this::failed);
        if (!started) {
            error.set("Sign in to the master connector first.");
        }
    }

    public void switchRoles() {
        SccClient other = second;
        takeovers.expectSwap();
        calls.run("Switching roles…", client -> {
            HaPairing pairing = new HaPairing(client, other);
            pairing.switchRoles();
            return pairing.read();
        }, this::show, failure -> {
            takeovers.forget();
            failed(failure);
        });
    }

    private void failed(Throwable failure) {
        if (!calls.session().reportFailure(failure)) {
            errorField.set("");
            error.set(failure.getMessage());
        }
    }

    private void show(HaPairStatus status) {
        takeovers.next(status).ifPresent(side -> {
            if (notifier != null) {
                String name = side == TakeoverWatch.Side.SECOND ? secondName : "This connector";
                notifier.info("Shadow took over", name + " is master now");
            }
        });
        if (!pairedHere && shadows != null) {
            String saved = shadows.savedSwitchNote().get();
            switchNote.set(saved == null ? "" : saved);
        }
        thisInstance.set(describe(status.firstRole(), status.firstMaster(), status.firstShadow()));
        otherInstance.set(second == null ? "No second connector yet"
                : describe(status.secondRole(), status.secondMaster(), status.secondShadow()));
        boolean connected = (status.firstMaster() != null && status.firstMaster().shadowConnected())
                || (status.secondMaster() != null && status.secondMaster().shadowConnected());
        canSwitch.set(connected && switchNote.get().isEmpty());
    }

    static String describe(HaRole role, MasterHaState master, ShadowHaState shadow) {
        if (role == null) {
            return "Not answering";
        }
        if (master != null) {
            return "Master · " + master.state() + meaning(master.state())
                    + (master.shadowHost().isEmpty() ? "" : " · shadow " + master.shadowHost());
        }
        if (shadow != null) {
            return "Shadow · " + shadow.state() + meaning(shadow.state())
                    + (shadow.stateMessage() == null ? "" : " · " + shadow.stateMessage());
        }
        return role == HaRole.UNDEFINED ? "No role chosen yet" : role.apiValue();
    }

    /** What a passing state means, so that a pair being made is not taken for a broken one. */
    private static String meaning(String state) {
        return switch (state == null ? "" : state) {
            case "BINDING" -> " (the shadow is connecting: handshake and first copy of the configuration)";
            case "HANDSHAKE" -> " (connecting to the master)";
            case "INITSYNC" -> " (copying the master's configuration)";
            default -> "";
        };
    }

    private synchronized void replaceSecond(SccClient client) {
        if (second != null) {
            second.close();
        }
        second = client;
    }

    public StringProperty addressProperty() { return address; }
    public StringProperty fingerprintProperty() { return fingerprint; }
    public StringProperty checkIntervalProperty() { return checkInterval; }
    public StringProperty takeoverDelayProperty() { return takeoverDelay; }
    public ReadOnlyStringProperty thisInstanceProperty() { return thisInstance.getReadOnlyProperty(); }
    public ReadOnlyStringProperty otherInstanceProperty() { return otherInstance.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorFieldProperty() { return errorField.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSwitchProperty() { return canSwitch.getReadOnlyProperty(); }
    /** Empty, or why roles cannot be switched for the pair made here (the Switch button stays off). */
    public ReadOnlyStringProperty switchNoteProperty() { return switchNote.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty makeProgressProperty() { return makeProgress.getReadOnlyProperty(); }
    /** Where a shadow container goes and how it reaches the master; null when none can be made. */
    public ShadowEngineChoice engineChoice() { return engineChoice; }
    /** True when the shown connector's container can get a shadow container (an engine is at hand). */
    public boolean canMakeShadows() { return shadows != null; }

    @Override
    public void close() {
        replaceSecond(null);
    }
}
