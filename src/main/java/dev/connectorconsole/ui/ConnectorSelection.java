package dev.connectorconsole.ui;

import dev.connectorconsole.app.ConnectorProfiles;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.container.ContainerViewModel;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.shell.ConnectorSwitcher;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
    private final ObservableList<ConnectorProfile> profiles;
    private final ConnectorSwitcher switcher;
    private final ObjectProperty<ConnectorProfile> selected = new SimpleObjectProperty<>();
    private String selectedName;

    /**
     * @param canLeave    asks about unsaved changes on the current screen; false keeps the current connector
     * @param afterSwitch restarts what the visible screen streams (the log of the new container)
     */
    ConnectorSelection(SettingsKeeper settings, ContainerViewModel container, ConnectorScreens connectorScreens,
                       BooleanSupplier canLeave, Runnable afterSwitch) {
        this.settings = settings;
        this.container = container;
        this.connectorScreens = connectorScreens;
        this.canLeave = canLeave;
        this.afterSwitch = afterSwitch;
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

    ConnectorSwitcher switcher() {
        return switcher;
    }

    /** A profile just added (adopted, or the sandbox started) is the one shown, without switching the session. */
    void selected(String profileName) {
        selectedName = profileName;
        showSelection();
    }

    private boolean switchTo(ConnectorProfile profile) {
        if (!canLeave.getAsBoolean()) {
            return false;
        }
        selectedName = profile.name();
        selected.set(profile);
        if (!profile.isRemote()) {
            container.targetProperty().set(ConnectorProfiles.targetOf(profile));
        }
        connectorScreens.switchTo(profile);
        afterSwitch.run();
        return true;
    }

    private void showSelection() {
        Optional<ConnectorProfile> found = profiles.stream().filter(p -> p.name().equals(selectedName)).findFirst();
        found.ifPresent(switcher::showSelected);
        selected.set(found.orElse(null));
    }
}
