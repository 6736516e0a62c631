package dev.connectorconsole.ui.welcome;

import java.net.URI;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.app.EngineProbe;
import dev.connectorconsole.app.EngineProbe.EngineCheck;
import dev.connectorconsole.settings.NamedEngine;

/** First-run page: checks the engine and offers the three ways to get a connector. */
public final class WelcomeViewModel {
    /** What the page knows about the engine. */
    public enum EngineState { CHECKING, UP, DOWN }

    /** Where each of the three paths leads; the composition decides. */
    public interface Paths {
        void buildFromInstaller();

        void useSandbox();

        void connectTo(URI adminUrl);
    }

    private final EngineProbe probe;
    private final BackgroundTasks tasks;
    private final Paths paths;
    private final ReadOnlyObjectWrapper<EngineState> engineState = new ReadOnlyObjectWrapper<>(EngineState.CHECKING);
    private final ReadOnlyStringWrapper engineEndpoint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper engineProblem = new ReadOnlyStringWrapper("");
    private final StringProperty adminUrl = new SimpleStringProperty("https://localhost:8443");
    private final ObservableList<String> engineNames = FXCollections.observableArrayList();
    private final StringProperty newConnectorEngine = new SimpleStringProperty(NamedEngine.DEFAULT_NAME);
    private Consumer<String> engineChosen = name -> { };
    private Supplier<List<String>> engineSource = List::of;
    private final ReadOnlyStringWrapper adminUrlMessage = new ReadOnlyStringWrapper("");

    public WelcomeViewModel(EngineProbe probe, BackgroundTasks tasks, Paths paths) {
        this.probe = probe;
        this.tasks = tasks;
        this.paths = paths;
        adminUrl.addListener((obs, old, now) -> adminUrlMessage.set(validateUrl(now).isPresent() ? "" : urlProblem(now)));
    }

    /**
     * Offers the engines a new connector can go onto; choosing one tells {@code chosen} (which makes it the engine in
     * use) and checks it.
     */
    public void offerEngines(Supplier<List<String>> names, Consumer<String> chosen) {
        engineSource = names;
        engineChosen = chosen;
        readEngineNames();
    }

    private void readEngineNames() {
        List<String> names = engineSource.get();
        engineNames.setAll(names);
        if (!names.contains(newConnectorEngine.get())) {
            newConnectorEngine.set(NamedEngine.DEFAULT_NAME);
        }
    }

    public void chooseEngine(String name) {
        if (name != null && !name.equals(newConnectorEngine.get())) {
            newConnectorEngine.set(name);
            engineChosen.accept(name);
            checkEngine();
        }
    }

    /** Reads the engines on offer again (Settings may have changed them) and asks the engine in use. */
    public void checkEngine() {
        readEngineNames();
        engineState.set(EngineState.CHECKING);
        tasks.submit("engine check", probe::check, this::show,
                failure -> show(EngineCheck.down("the configured engine", String.valueOf(failure.getMessage()))));
    }

    private void show(EngineCheck check) {
        engineEndpoint.set(check.endpoint());
        engineProblem.set(check.up() ? "" : check.problem());
        engineState.set(check.up() ? EngineState.UP : EngineState.DOWN);
    }

    public void buildFromInstaller() {
        paths.buildFromInstaller();
    }

    public void useSandbox() {
        paths.useSandbox();
    }

    /** Returns false (and says why next to the field) when the URL is not a usable https address. */
    public boolean connect() {
        Optional<URI> uri = validateUrl(adminUrl.get());
        if (uri.isEmpty()) {
            adminUrlMessage.set(urlProblem(adminUrl.get()));
            return false;
        }
        paths.connectTo(uri.get());
        return true;
    }

    static Optional<URI> validateUrl(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (!trimmed.contains("://")) {
            trimmed = "https://" + trimmed;
        }
        try {
            URI uri = new URI(trimmed);
            if (!"https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String urlProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Enter the connector's admin address, for example https://scc.example.com:8443";
        }
        if (text.trim().toLowerCase(Locale.ROOT).startsWith("http://")) {
            return "The connector's admin API only answers over https://";
        }
        return "Not an address: use https://host:port";
    }

    public ReadOnlyObjectProperty<EngineState> engineStateProperty() { return engineState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty engineEndpointProperty() { return engineEndpoint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty engineProblemProperty() { return engineProblem.getReadOnlyProperty(); }
    public StringProperty adminUrlProperty() { return adminUrl; }
    /** The default engine first, then the other engines of Settings. */
    public ObservableList<String> engineNames() { return engineNames; }
    public ReadOnlyStringProperty newConnectorEngineProperty() { return newConnectorEngine; }
    public ReadOnlyStringProperty adminUrlMessageProperty() { return adminUrlMessage.getReadOnlyProperty(); }
}
