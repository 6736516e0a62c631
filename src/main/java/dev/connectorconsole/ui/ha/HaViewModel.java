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
import dev.connectorconsole.ui.session.ConnectorCalls;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The High availability screen's state: the signed-in connector and the second one of its pair, each with its role
 * and state; pairing them (checked before anything is sent) and switching their roles, off the FX thread.
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
    private SccClient second;

    public HaViewModel(ConnectorCalls calls) {
        this.calls = calls;
    }

    public void refresh() {
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
        replaceSecond(new SccClient(form.shadow(), new Credentials("Administrator", new Secret(shadowPassword)),
                TrustSettings.pinned(form.fingerprint())));
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
        calls.run("Switching roles…", client -> {
            HaPairing pairing = new HaPairing(client, other);
            pairing.switchRoles();
            return pairing.read();
        }, this::show, this::failed);
    }

    private void failed(Throwable failure) {
        if (!calls.session().reportFailure(failure)) {
            errorField.set("");
            error.set(failure.getMessage());
        }
    }

    private void show(HaPairStatus status) {
        thisInstance.set(describe(status.firstRole(), status.firstMaster(), status.firstShadow()));
        otherInstance.set(second == null ? "No second connector yet"
                : describe(status.secondRole(), status.secondMaster(), status.secondShadow()));
        canSwitch.set(status.firstMaster() != null && status.firstMaster().shadowConnected());
    }

    static String describe(HaRole role, MasterHaState master, ShadowHaState shadow) {
        if (master != null) {
            return "Master · " + master.state() + (master.shadowHost().isEmpty() ? "" : " · shadow " + master.shadowHost());
        }
        if (shadow != null) {
            return "Shadow · " + shadow.state() + (shadow.stateMessage() == null ? "" : " · " + shadow.stateMessage());
        }
        return role == HaRole.UNDEFINED ? "No role chosen yet" : role.apiValue();
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
    public ReadOnlyBooleanProperty busyProperty() { return calls.busyProperty(); }

    @Override
    public void close() {
        replaceSecond(null);
    }
}
