package dev.connectorconsole.ui.settings;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.connectorconsole.settings.AdminReach;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineMode;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.settings.NotificationChoices;
import dev.connectorconsole.settings.Theme;

/** The settings form: fields copied from the current settings, checked as they change, saved together. */
public final class SettingsViewModel {
    private final SettingsKeeper keeper;

    private final ObjectProperty<EngineMode> engineMode = new SimpleObjectProperty<>(EngineMode.AUTOMATIC);
    private final StringProperty engineHost = new SimpleStringProperty("");
    private final BooleanProperty tlsVerify = new SimpleBooleanProperty(false);
    private final StringProperty certPath = new SimpleStringProperty("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty logBufferLines = new SimpleStringProperty("");
    private final StringProperty refreshSeconds = new SimpleStringProperty("");
    private final StringProperty backupsKept = new SimpleStringProperty("");
    private final BooleanProperty notifyTunnels = new SimpleBooleanProperty(true);
    private final BooleanProperty notifyAlerts = new SimpleBooleanProperty(true);
    private final BooleanProperty notifyCertificates = new SimpleBooleanProperty(true);
    private final ObservableList<ConnectorProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<NamedEngine> engines = FXCollections.observableArrayList();
    private final NewEngineForm newEngine = new NewEngineForm(engines);
    private final ObjectProperty<AdminReach.Scope> reachScope = new SimpleObjectProperty<>(AdminReach.Scope.THIS_COMPUTER);
    private final StringProperty reachAddress = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reachMessage = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper hostMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper certMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bufferMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refreshMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keptMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding valid;

    public SettingsViewModel(SettingsKeeper keeper, Optional<String> loadWarning) {
        this.keeper = keeper;
        loadWarning.ifPresent(this.loadWarning::set);
        engineMode.addListener((obs, old, now) -> validateEngine());
        engineHost.addListener((obs, old, now) -> validateEngine());
        tlsVerify.addListener((obs, old, now) -> validateEngine());
        certPath.addListener((obs, old, now) -> validateEngine());
        reachScope.addListener((obs, old, now) -> validateReach());
        reachAddress.addListener((obs, old, now) -> validateReach());
        logBufferLines.addListener((obs, old, now) -> bufferMessage.set(rangeProblem(now,
                AppSettings.MIN_LOG_BUFFER_LINES, AppSettings.MAX_LOG_BUFFER_LINES, "lines")));
        refreshSeconds.addListener((obs, old, now) -> refreshMessage.set(rangeProblem(now,
                AppSettings.MIN_REFRESH_SECONDS, AppSettings.MAX_REFRESH_SECONDS, "seconds")));
        backupsKept.addListener((obs, old, now) -> keptMessage.set(rangeProblem(now,
                AppSettings.MIN_BACKUPS_KEPT, AppSettings.MAX_BACKUPS_KEPT, "backups")));
        valid = Bindings.createBooleanBinding(() -> hostMessage.get().isEmpty() && certMessage.get().isEmpty()
                        && bufferMessage.get().isEmpty() && refreshMessage.get().isEmpty() && reachMessage.get().isEmpty()
                        && keptMessage.get().isEmpty(),
                hostMessage, certMessage, bufferMessage, refreshMessage, reachMessage, keptMessage);
        revert();
    }

    /** Puts the saved values back into the form. */
    public void revert() {
        AppSettings settings = keeper.current();
        EngineSettings engine = settings.engine();
        engineMode.set(engine.mode());
        engineHost.set(engine.host() == null ? "" : engine.host());
        tlsVerify.set(engine.tlsVerify());
        certPath.set(engine.certPath() == null ? "" : engine.certPath());
        theme.set(settings.theme());
        logBufferLines.set(String.valueOf(settings.logBufferLines()));
        refreshSeconds.set(String.valueOf(settings.refreshSeconds()));
        backupsKept.set(String.valueOf(settings.backupsKept()));
        notifyTunnels.set(settings.notifications().tunnels());
        notifyAlerts.set(settings.notifications().alerts());
        notifyCertificates.set(settings.notifications().certificates());
        profiles.setAll(settings.profiles());
        engines.setAll(settings.engines());
        newEngine.clear();
        reachScope.set(settings.adminReach().scope());
        reachAddress.set(settings.adminReach().address() == null ? "" : settings.adminReach().address());
        validateEngine();
        validateReach();
        saveMessage.set("");
    }

    public boolean save() {
        if (!valid.get()) {
            saveMessage.set("Fix the marked fields first.");
            return false;
        }
        AppSettings next = keeper.current()
                .withEngine(engineInForm())
                .withTheme(theme.get())
                .withLogBufferLines(number(logBufferLines.get()))
                .withRefreshSeconds(number(refreshSeconds.get()))
                .withBackupsKept(number(backupsKept.get()))
                .withNotifications(new NotificationChoices(notifyTunnels.get(), notifyAlerts.get(),
                        notifyCertificates.get()))
                .withProfiles(List.copyOf(profiles))
                .withEngines(List.copyOf(engines))
                .withAdminReach(new AdminReach(reachScope.get(),
                        reachScope.get() == AdminReach.Scope.ONE_ADDRESS ? reachAddress.get() : null));
        saving.set(true);
        saveMessage.set("Saving…");
        keeper.save(next, () -> {
            saving.set(false);
            saveMessage.set("Saved to " + keeper.file());
        }, problem -> {
            saving.set(false);
            saveMessage.set(problem);
        });
        return true;
    }

    /** The engine as the form says now, saved or not. */
    public EngineSettings engineInForm() {
        return engineMode.get() == EngineMode.AUTOMATIC
                ? EngineSettings.automatic()
                : new EngineSettings(EngineMode.HOST, engineHost.get().trim(), tlsVerify.get(),
                        tlsVerify.get() ? certPath.get().trim() : null);
    }

    /** Adds the engine in the "add an engine" fields when they are valid; says why not otherwise. */
    public boolean addEngine() {
        return newEngine.add();
    }

    /** Removes an engine no connector runs on; otherwise says which connector to move first. */
    public void removeEngine(NamedEngine engine) {
        List<String> users = profiles.stream().filter(p -> engine.name().equals(p.engine())).map(ConnectorProfile::name)
                .toList();
        if (users.isEmpty()) {
            engines.remove(engine);
            newEngine.message().set("");
        } else {
            newEngine.message().set("Engine '" + engine.name() + "' is used by " + String.join(", ", users)
                    + ": choose another engine for " + (users.size() == 1 ? "it" : "them") + " first.");
        }
    }

    /** Which engine a connector's container runs on; {@link NamedEngine#DEFAULT_NAME} for the default one. */
    public void setProfileEngine(ConnectorProfile profile, String engineName) {
        int index = profiles.indexOf(profile);
        if (index >= 0) {
            profiles.set(index, profile.withEngine(NamedEngine.DEFAULT_NAME.equals(engineName) ? null : engineName));
        }
    }

    public void removeProfile(ConnectorProfile profile) {
        profiles.remove(profile);
    }

    /** The next connection to this profile asks the user to trust the certificate again. */
    public void forgetFingerprint(ConnectorProfile profile) {
        int index = profiles.indexOf(profile);
        if (index >= 0) {
            profiles.set(index, profile.withPinnedSha256(null));
        }
    }

    public void dismissLoadWarning() {
        loadWarning.set("");
    }

    private void validateEngine() {
        boolean host = engineMode.get() == EngineMode.HOST;
        String hostText = engineHost.get() == null ? "" : engineHost.get().trim();
        if (!host) {
            hostMessage.set("");
        } else if (hostText.isEmpty()) {
            hostMessage.set("Enter the engine address, for example tcp://build-host:2376");
        } else if (!hostText.matches("(tcp|unix|npipe|ssh)://.+")) {
            hostMessage.set("Start with tcp://, unix://, npipe:// or ssh://");
        } else {
            hostMessage.set("");
        }
        String cert = certPath.get() == null ? "" : certPath.get().trim();
        if (!host || !tlsVerify.get()) {
            certMessage.set("");
        } else if (cert.isEmpty()) {
            certMessage.set("Choose the folder with ca.pem, cert.pem and key.pem");
        } else {
            certMessage.set("");
        }
    }

    private void validateReach() {
        reachMessage.set(reachScope.get() == AdminReach.Scope.ONE_ADDRESS ? AdminReach.addressProblem(reachAddress.get())
                : "");
    }

    /** A whole number as typed, "1,000" and "1_000" included. */
    private static int number(String text) {
        return Integer.parseInt(text == null ? "" : text.trim().replace(",", "").replace("_", ""));
    }

    private static String rangeProblem(String text, int min, int max, String unit) {
        try {
            int value = number(text);
            return value < min || value > max ? String.format("Between %,d and %,d %s", min, max, unit) : "";
        } catch (NumberFormatException e) {
            return "A whole number of " + unit;
        }
    }

    public ObjectProperty<EngineMode> engineModeProperty() { return engineMode; }
    public StringProperty engineHostProperty() { return engineHost; }
    public BooleanProperty tlsVerifyProperty() { return tlsVerify; }
    public StringProperty certPathProperty() { return certPath; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public StringProperty logBufferLinesProperty() { return logBufferLines; }
    public StringProperty refreshSecondsProperty() { return refreshSeconds; }
    /** How many backups per connector the app's folder keeps (the newest), 1–100. */
    public StringProperty backupsKeptProperty() { return backupsKept; }
    public ReadOnlyStringProperty keptMessageProperty() { return keptMessage.getReadOnlyProperty(); }
    public BooleanProperty notifyTunnelsProperty() { return notifyTunnels; }
    public BooleanProperty notifyAlertsProperty() { return notifyAlerts; }
    public BooleanProperty notifyCertificatesProperty() { return notifyCertificates; }
    public ObservableList<ConnectorProfile> profiles() { return profiles; }
    public ObservableList<NamedEngine> engines() { return engines; }
    public NewEngineForm newEngine() { return newEngine; }
    public ObjectProperty<AdminReach.Scope> reachScopeProperty() { return reachScope; }
    public StringProperty reachAddressProperty() { return reachAddress; }
    public ReadOnlyStringProperty reachMessageProperty() { return reachMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hostMessageProperty() { return hostMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty certMessageProperty() { return certMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bufferMessageProperty() { return bufferMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty refreshMessageProperty() { return refreshMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveMessageProperty() { return saveMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty loadWarningProperty() { return loadWarning.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return valid; }
}
