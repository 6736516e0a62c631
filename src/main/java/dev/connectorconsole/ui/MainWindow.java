package dev.connectorconsole.ui;

import java.net.URI;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.ControlsFxNotifier;
import dev.connectorconsole.ui.shell.EngineProbe;
import dev.connectorconsole.ui.shell.EngineProbe.EngineCheck;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.PlaceholderScreen;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.shell.ShellView;
import dev.connectorconsole.ui.shell.Shortcuts;
import dev.connectorconsole.ui.shell.StatusModel;
import dev.connectorconsole.ui.shell.Theme;
import dev.connectorconsole.ui.welcome.WelcomeScreen;
import dev.connectorconsole.ui.welcome.WelcomeViewModel;

/** Composition root: builds the services, screens and the main window, and closes them all when it closes. */
public final class MainWindow implements AutoCloseable {
    private final Stage stage;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-ui-task", 3);
    private final StatusModel status = new StatusModel();
    private final Navigation navigation;
    private final Theme theme;

    private MainWindow(Stage stage, AppEnvironment environment) {
        this.stage = stage;
        this.theme = new Theme(false);
        Notifier notifier = new ControlsFxNotifier(() -> stage);
        EngineProbe engineProbe = () -> EngineCheck.down("not configured", "Engine support is not part of this build yet.");

        Screen dashboard = new PlaceholderScreen("Dashboard", Feather.GRID,
                "The connector's overview appears here once you are signed in.");
        Screen container = new PlaceholderScreen("Container", Feather.BOX, "Container management.");
        Screen logs = new PlaceholderScreen("Logs", Feather.FILE_TEXT, "Container logs.");
        Screen subaccounts = new PlaceholderScreen("Subaccounts", Feather.CLOUD,
                "Subaccounts appear here once you are signed in to a connector.");
        Screen settings = new PlaceholderScreen("Settings", Feather.SETTINGS, "Settings.");

        WelcomeViewModel welcomeModel = new WelcomeViewModel(engineProbe, tasks, new WelcomeViewModel.Paths() {
            @Override public void buildFromInstaller() { navigation().show(container); }
            @Override public void useSandbox() { navigation().show(container); }
            @Override public void connectTo(URI adminUrl) { navigation().show(dashboard); }
        });
        navigation = new Navigation(new WelcomeScreen(welcomeModel),
                List.of(dashboard, container, logs, subaccounts, settings));

        ShellView shell = new ShellView(navigation, status, theme::toggle);
        Scene scene = new Scene(shell, 1180, 760);
        theme.attach(scene);
        Shortcuts.forNavigation(navigation).installOn(scene);

        stage.setTitle("Connector Console");
        stage.getIcons().addAll(icon("icon-32.png"), icon("icon-64.png"), icon("icon-256.png"), icon("icon-512.png"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
        navigation.showStart();
        checkEngine(engineProbe);
    }

    public static MainWindow open(Stage stage, AppEnvironment environment) {
        MainWindow window = new MainWindow(stage, environment);
        stage.show();
        return window;
    }

    private Navigation navigation() {
        return navigation;
    }

    public Navigation navigationModel() {
        return navigation;
    }

    public Theme theme() {
        return theme;
    }

    public StatusModel status() {
        return status;
    }

    private void checkEngine(EngineProbe probe) {
        status.engineChecking("…");
        tasks.submit("engine status", probe::check, check -> {
            if (check.up()) {
                status.engineUp(check.endpoint(), check.version());
            } else {
                status.engineDown(check.endpoint(), check.problem());
            }
        }, failure -> status.engineDown("engine", String.valueOf(failure.getMessage())));
    }

    private static Image icon(String name) {
        return new Image(MainWindow.class.getResourceAsStream("/dev/connectorconsole/ui/" + name));
    }

    @Override
    public void close() {
        navigation.deactivateCurrent();
        tasks.close();
    }
}
