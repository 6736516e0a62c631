package dev.connectorconsole.ui.access;

import dev.connectorconsole.app.ProfileReach;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Choosing a subaccount of another connector profile to copy to: what is known to reach it (remembered password,
 * pinned certificate) is read in the background; what is missing is asked for (the password, and trusting the
 * certificate the connector presents); connecting lists its subaccounts. The password typed stays in the field when
 * connecting fails. Owns the connection until {@link #take()} hands it on or {@link #close()} ends it.
 */
final class ProfileTargetModel implements AutoCloseable {
    /** The chosen target: its profile, an open connection to it, and the subaccount. */
    record ProfileTarget(ConnectorProfile profile, SccClient client, SubaccountChoice subaccount) {}

    private record Reading(ProfileReach.Known known, ServerCertificate presented, String problem) {}

    private record Connected(SccClient client, List<MonitoredSubaccount> subaccounts) {}

    private final OtherProfiles others;
    private final ObjectProperty<ConnectorProfile> profile = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper passwordNeeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper certificateNeeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final BooleanProperty trusted = new SimpleBooleanProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ObservableList<SubaccountChoice> subaccounts = FXCollections.observableArrayList();
    private final ObjectProperty<SubaccountChoice> subaccount = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FormMessage> message = new ReadOnlyObjectWrapper<>(FormMessage.NONE);
    private final BooleanBinding canConnect;
    private ProfileReach.Known known;
    private SccClient client;
    private int generation;

    ProfileTargetModel(OtherProfiles others) {
        this.others = others;
        canConnect = Bindings.createBooleanBinding(() -> profile.get() != null && read.get() && !busy.get()
                        && (!passwordNeeded.get() || !password.get().isEmpty())
                        && (!certificateNeeded.get() || (!fingerprint.get().isEmpty() && trusted.get())),
                profile, read, busy, passwordNeeded, password, certificateNeeded, fingerprint, trusted);
        profile.addListener((obs, old, now) -> choose(now));
        password.addListener((obs, old, now) -> disconnect());
    }

    private void choose(ConnectorProfile chosen) {
        int asked = ++generation;
        disconnect();
        known = null;
        read.set(false);
        passwordNeeded.set(false);
        certificateNeeded.set(false);
        fingerprint.set("");
        trusted.set(false);
        missing.set("");
        message.set(FormMessage.NONE);
        if (chosen == null) {
            return;
        }
        busy.set(true);
        others.tasks().submit("what reaches " + chosen.name(), () -> reading(chosen), reading -> {
            if (asked != generation) {
                return;
            }
            busy.set(false);
            known = reading.known();
            passwordNeeded.set(known.passwordMissing());
            certificateNeeded.set(known.certificateMissing());
            fingerprint.set(reading.presented() == null ? "" : reading.presented().sha256());
            missing.set(known.missing(chosen.name()));
            read.set(true);
            if (reading.problem() != null) {
                message.set(FormMessage.error(reading.problem()));
            }
        }, failure -> {
            if (asked == generation) {
                busy.set(false);
                message.set(FormMessage.error(failure.getMessage()));
            }
        });
    }

    private Reading reading(ConnectorProfile chosen) {
        ProfileReach.Known found = ProfileReach.known(chosen, others.secrets().join());
        if (!found.certificateMissing()) {
            return new Reading(found, null, null);
        }
        try {
            return new Reading(found, ProfileReach.certificate(chosen), null);
        } catch (RuntimeException unreachable) {
            return new Reading(found, null, chosen.name() + " did not show its certificate: "
                    + unreachable.getMessage());
        }
    }

    void connect() {
        ConnectorProfile chosen = profile.get();
        if (!canConnect.get()) {
            return;
        }
        int asked = generation;
        Secret secret = passwordNeeded.get() ? new Secret(password.get()) : known.password().orElseThrow();
        String pin = certificateNeeded.get() ? fingerprint.get() : known.pinnedSha256();
        disconnect();
        busy.set(true);
        message.set(FormMessage.NONE);
        others.tasks().submit("connect to " + chosen.name(), () -> {
            SccClient opened = ProfileReach.open(chosen, secret, pin);
            try {
                return new Connected(opened, opened.monitoringSubaccounts());
            } catch (RuntimeException failed) {
                opened.close();
                throw failed;
            }
        }, done -> {
            if (asked != generation) {
                done.client().close();
                return;
            }
            busy.set(false);
            client = done.client();
            subaccounts.setAll(done.subaccounts().stream().map(SubaccountChoice::of).toList());
            subaccount.set(subaccounts.isEmpty() ? null : subaccounts.get(0));
            connected.set(true);
            message.set(subaccounts.isEmpty() ? FormMessage.error(chosen.name() + " has no subaccount to copy to.")
                    : FormMessage.success("Connected to " + chosen.name() + ": " + subaccounts.size()
                    + " subaccount(s)."));
        }, failure -> {
            if (asked == generation) {
                busy.set(false);
                message.set(FormMessage.error(failure.getMessage()));
            }
        });
    }

    /** The chosen target, the connection with it (now the caller's to close); null when none is chosen. */
    ProfileTarget take() {
        if (client == null || subaccount.get() == null) {
            return null;
        }
        ProfileTarget target = new ProfileTarget(profile.get(), client, subaccount.get());
        client = null;
        connected.set(false);
        return target;
    }

    private void disconnect() {
        if (client != null) {
            client.close();
            client = null;
        }
        connected.set(false);
        subaccounts.clear();
        subaccount.set(null);
    }

    @Override
    public void close() {
        generation++;
        disconnect();
    }

    ObjectProperty<ConnectorProfile> profileProperty() { return profile; }
    ReadOnlyStringProperty missingProperty() { return missing.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty passwordNeededProperty() { return passwordNeeded.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty certificateNeededProperty() { return certificateNeeded.getReadOnlyProperty(); }
    ReadOnlyStringProperty fingerprintProperty() { return fingerprint.getReadOnlyProperty(); }
    BooleanProperty trustedProperty() { return trusted; }
    StringProperty passwordProperty() { return password; }
    ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty connectedProperty() { return connected.getReadOnlyProperty(); }
    BooleanBinding canConnect() { return canConnect; }
    ObservableList<SubaccountChoice> subaccounts() { return subaccounts; }
    ObjectProperty<SubaccountChoice> subaccountProperty() { return subaccount; }
    ReadOnlyObjectProperty<FormMessage> messageProperty() { return message.getReadOnlyProperty(); }
}
