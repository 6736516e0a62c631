package dev.connectorconsole.ui;

import dev.connectorconsole.app.ConnectorProfiles;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.ui.container.ContainerViewModel;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.shell.ConnectorSwitcher;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which connector the window shows, and switching to another: the container screens follow its container, the
 * sign-in session moves to it, and nothing of the one before stays running for it (its log stream restarts on the
 * new container, its session ends).
 */
final class ConnectorSelection {
    private final SettingsKeeper settings;
    private final ContainerViewModel container;
    private final ConnectorScreens connectorScreens;
    private final BooleanSupplier canLeave;
    private final Runnable afterSwitch;
    private final Consumer<String> onError;
    private final ObservableList<ConnectorProfile> profiles;
    private final ConnectorSwitcher switcher;
    private final ObjectProperty<ConnectorProfile> selected = new SimpleObjectProperty<>();
    private String selectedName;

    /**
     * @param canLeave    asks about unsaved changes on the current screen; false keeps the current connector
     * @param afterSwitch restarts what the visible screen streams (the log of the new container)
     * @param onError     says why a new profile could not be saved
     */
    ConnectorSelection(SettingsKeeper settings, ContainerViewModel container, ConnectorScreens connectorScreens,
                       BooleanSupplier canLeave, Runnable afterSwitch, Consumer<String> onError) {
        this.settings = settings;
        this.container = container;
        this.connectorScreens = connectorScreens;
        this.canLeave = canLeave;
        this.afterSwitch = afterSwitch;
        this.onError = onError;
        AppSettings current = settings.current();
        profiles = FXCollections.observableArrayList(current.profiles());
        selectedName = ConnectorProfiles.initialProfile(current).map(ConnectorProfile::name).orElse(null);
        switcher = new ConnectorSwitcher(profiles, this::switchTo);
        showSelection();
        settings.currentProperty().addListener((obs, old, now) -> {
            if (!now.profiles().equals(profiles)) {
                profiles.setAll(now.profiles());
                showSelection();
            }
        });
    }

    /** The profile every screen shows; null before there is any. */
    ReadOnlyObjectProperty<ConnectorProfile> selectedProperty() {
        return selected;
    }

    /** The selected connector's container, when it runs on this app's engine (not for a remote connector). */
    java.util.Optional<String> localContainer() {
        ConnectorProfile profile = selected.get();
        return profile == null || profile.isRemote() ? java.util.Optional.empty() : java.util.Optional.of(profile.container());
    }

    ConnectorSwitcher switcher() {
        return switcher;
    }

    /**
     * A connector joins the others (adopted, or the sandbox or SAP's build chosen on the start page) and is the one
     * shown from now on; the profiles before it all stay.
     */
    void add(ConnectorProfile added) {
        ConnectorProfile shown = selected.get();
        place(!added.isRemote() && added.engine() == null && shown != null ? added.withEngine(shown.engine()) : added);
    }

    private void place(ConnectorProfile profile) {
        if (!profile.isRemote()) {
            container.targetProperty().set(ConnectorProfiles.targetOf(profile));
        }
        settings.update(s -> ConnectorProfiles.withAdded(s, profile).withFirstRunDone(true)
                        .withSelectedProfile(profile.name()),
                () -> selected(profile.name()), onError);
    }

    /** A connector made beside the one shown (its shadow) joins the others on the same engine; the one shown stays. */
    void addAlongside(ConnectorProfile added) {
        ConnectorProfile shown = selected.get();
        ConnectorProfile profile = NamedEngine.DEFAULT_NAME.equals(added.engine()) ? added.withEngine(null)
                : !added.isRemote() && added.engine() == null && shown != null ? added.withEngine(shown.engine()) : added;
        // the master keeps the pair's note too: the High availability screen shows it for the connector shown
        settings.update(s -> shown == null ? ConnectorProfiles.withAdded(s, profile) : ConnectorProfiles.withHaSwitchNote(
                ConnectorProfiles.withAdded(s, profile), shown.name(), profile.haSwitchNote()), () -> { }, onError);
    }

    /**
     * A connector the app makes on {@code engineName} (null: the default engine), reached on {@code adminHost} at its
     * host port.
     */
    void add(ContainerTarget target, String profileName, String adminHost, String engineName) {
        place(new ConnectorProfile(profileName, target.image(), target.container(), target.hostPort(),
                "https://" + adminHost + ":" + target.hostPort(), null, null, engineName));
    }

    /** A profile just added is the one shown; it is signed in to when ready. */
    private void selected(String profileName) {
        boolean another = !profileName.equals(selectedName);
        selectedName = profileName;
        showSelection();
        ConnectorProfile now = selected.get();
        if (another && now != null && !connectorScreens.isSignedInTo(now)) {
            // The screens show the new connector now: the session to the one before ends.
            connectorScreens.session().useConnector(now.pinnedSha256());
        }
        if (another && now != null) {
            connectorScreens.show(now);
        }
    }

    private boolean switchTo(ConnectorProfile profile) {
        if (!canLeave.getAsBoolean()) {
            return false;
        }
        selectedName = profile.name();
        selected.set(profile);
        settings.update(s -> s.withSelectedProfile(profile.name()), () -> { }, onError);
        // The session and the shown context move first: the container recalls its state in the new context.
        connectorScreens.switchTo(profile);
        if (!profile.isRemote()) {
            container.targetProperty().set(ConnectorProfiles.targetOf(profile));
        }
        afterSwitch.run();
        return true;
    }

    private void showSelection() {
        Optional<ConnectorProfile> found = profiles.stream().filter(p -> p.name().equals(selectedName)).findFirst();
        found.ifPresent(switcher::showSelected);
        selected.set(found.orElse(null));
    }
}
