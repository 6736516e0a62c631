package dev.connectorconsole.ui.connectorflow;

import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.ha.HaScreen;
import dev.connectorconsole.ui.ha.HaViewModel;
import dev.connectorconsole.ui.ha.ShadowSource;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.shell.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The High availability screen in a real window for a signed-in session (register it as a {@code @RegisterExtension}
 * field, show it in {@code @Start}); after each test it closes the screen, its session and what was handed over.
 */
final class HaScreenWindow implements AfterEachCallback {
    private final List<AutoCloseable> alsoClosed = new ArrayList<>();
    private BackgroundTasks tasks;
    private ConnectorSession session;
    private HaViewModel model;
    private HaScreen screen;

    /** Shows the screen; {@code notifier} may be null where the test reads no notifications. */
    HaScreenWindow show(Stage stage, ConnectorSession session, Notifier notifier, ShadowSource shadows, int height) {
        this.session = session;
        tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
        model = new HaViewModel(new ConnectorCalls(session, tasks), tasks, notifier, shadows);
        screen = new HaScreen(model);
        stage.setScene(new Scene((Parent) screen.view(), 1280, height));
        stage.show();
        screen.activate();
        return this;
    }

    /**
     * Closes the screen, its model and session, and shows a new one as the app shows it after a restart (the rest of
     * what was handed over stays open). Call it on the FX thread.
     */
    HaScreenWindow reopen(Stage stage, ConnectorSession next, ShadowSource shadows, int height) {
        closeScreen();
        return show(stage, next, null, shadows, height);
    }

    /** Closes {@code other} too after the test, after the screen and its session. */
    HaScreenWindow closingAlso(AutoCloseable other) {
        alsoClosed.add(other);
        return this;
    }

    /** Where the console keeps the pair's passwords: in memory only for a test. */
    static CompletableFuture<SecretStore> secretsInMemory() {
        return CompletableFuture.completedFuture(new InMemorySecretStore("kept in memory for this test"));
    }

    private void closeScreen() {
        if (screen != null) {
            screen.deactivate();
            model.close();
            tasks.close();
            session.close();
            screen = null;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        closeScreen();
        for (AutoCloseable other : alsoClosed) {
            other.close();
        }
    }
}
