package dev.connectorconsole.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.EngineTrial;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineInfo;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.SshServerFixture;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Theme;

/** "Test engine" in Settings against a real sshd in front of this machine's engine: what answered, or why not. */
@ExtendWith(ApplicationExtension.class)
class EngineTestButtonUiTest {
    @TempDir
    static Path temp;
    private static SshServerFixture ssh;

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private SettingsStore store;

    @Start
    void start(Stage stage) throws Exception {
        ssh = SshServerFixture.start(temp.resolve("ssh-" + System.nanoTime()));
        store = new SettingsStore(Files.createDirectories(temp.resolve("settings-" + System.nanoTime())));
        LoadResult loaded = store.load();
        EngineTrial trial = new EngineTrial(AppEnvironment.fromSystem(temp), ssh.sshCommand());
        SettingsScreen screen = new SettingsScreen(new SettingsViewModel(
                new SettingsKeeper(store, loaded.settings(), tasks), loaded.warning()),
                () -> new EngineTrialModel(trial::check, tasks));
        Scene scene = new Scene((Parent) screen.view(), 1000, 900);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() throws Exception {
        tasks.closeGracefully(Duration.ofSeconds(5));
        ssh.close();
    }

    @Test
    void anSshEngineInTheFormIsAskedWithoutSavingAndTheAnswerNamesItsVersion(FxRobot robot) throws Exception {
        EngineInfo local;
        try (EngineConnection direct = EngineTestSupport.connect()) {
            local = direct.ping();
        }
        robot.clickOn("#engine-host-mode");
        robot.clickOn("#engine-host").write(ssh.engineAddress().toString());
        robot.clickOn("#engine-test");

        Label result = robot.lookup("#engine-test-result").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result.getText().startsWith("Docker "));
        assertThat(result.getText()).isEqualTo("Docker " + local.version() + " (API " + local.apiVersion()
                + ") answered at " + ssh.engineAddress() + " (Settings).");
        assertThat(Files.exists(store.file())).as("testing does not save").isFalse();

        robot.clickOn("#engine-host").write(" ");
        assertThat(result.getText()).as("a changed address clears the old answer").isEmpty();
    }

    @Test
    void aHostKeySshDoesNotKnowIsRefusedWithWhatToDo(FxRobot robot) throws Exception {
        ssh.forgetTheRealHostKey();
        robot.clickOn("#engine-host-mode");
        robot.clickOn("#engine-host").write(ssh.engineAddress().toString());
        robot.clickOn("#engine-test");

        Label result = robot.lookup("#engine-test-result").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> result.getText().startsWith("ssh to the engine"));
        assertThat(result.getText()).contains("ssh does not know this host's key")
                .contains("check the fingerprint and accept it");
        assertThat(robot.lookup("#engine-test").queryButton().isDisabled()).isFalse();
    }
}
