package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;

/**
 * The walkthrough's hand-made connector (like {@code myscc}: built and run with the docker CLI, no volumes) beside a
 * connector the app already knows: adopted through the Adopt screen of the main window, it joins the switcher, and the
 * Container screen follows the connector chosen there, its name and its state.
 */
@ExtendWith(ApplicationExtension.class)
class AdoptAndSwitchUiTest {
    private static EngineConnection engine;
    private static String image;
    private static String handMade;
    private static int port;
    private static final String OTHER = EngineTestSupport.uniqueName("switch-other");
    private Stage stage;

    @BeforeAll
    static void runByHand() throws Exception {
        engine = EngineTestSupport.connect();
        handMade = EngineTestSupport.uniqueName("myscc");
        image = handMade + "-scc:1";
        try {
            HandMadeSandboxConnector.buildImage(engine, image);
            port = PortCheck.nextFree(29943);
            HandMadeSandboxConnector.run(handMade, image, port);
        } catch (Exception | AssertionError e) {
            removeAll();
            throw e;
        }
    }

    @AfterAll
    static void removeAll() {
        HandMadeSandboxConnector.dockerQuietly("rm", "-f", handMade);
        TestImages.removeImage(engine, image);
        engine.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ConnectorProfile other = new ConnectorProfile("Other", ContainerTarget.SANDBOX_IMAGE, OTHER,
                PortCheck.nextFree(29990), "https://localhost:29990", null, "Administrator");
        Path config = Files.createTempDirectory("cc-adopt-switch");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(List.of(other)).withFirstRunDone(true));
        MainWindow.open(stage, new AppEnvironment(System.getenv(), config, Files.createTempDirectory("cc-adopt-switch-d")),
                new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theAdoptedContainerJoinsTheSwitcherAndTheContainerScreenFollowsTheChoice(FxRobot robot) throws Exception {
        ComboBox<?> switcher = robot.lookup("#connector-switcher").queryAs(ComboBox.class);
        assertThat(shownName(switcher)).isEqualTo("Other");
        robot.clickOn("#nav-container");
        awaitContainerScreen(robot, OTHER, "Absent");

        robot.clickOn("#nav-adopt");
        await("the hand-made container among the candidates", () -> robot.lookup("#adopt-" + handMade).tryQuery().isPresent());
        robot.clickOn("#adopt-" + handMade);
        await("the adopted container chosen in the switcher", () -> handMade.equals(shownName(switcher)));
        assertThat(switcher.getItems()).as("adopting adds a profile beside the one there was")
                .extracting(p -> ((ConnectorProfile) p).name()).containsExactlyInAnyOrder("Other", handMade);

        robot.clickOn("#nav-container");
        awaitContainerScreen(robot, handMade, "Ready");
        assertThat(subtitle(robot)).contains("image " + image);

        choose(robot, "Other");
        robot.clickOn("#nav-container");
        awaitContainerScreen(robot, OTHER, "Absent");

        choose(robot, handMade);
        robot.clickOn("#nav-container");
        awaitContainerScreen(robot, handMade, "Ready");
    }

    private static void awaitContainerScreen(FxRobot robot, String container, String state) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> subtitle(robot).startsWith(container + " ·")
                    && state.equals(badge(robot)));
        } catch (TimeoutException e) {
            throw new AssertionError("waited 60 s for the Container screen on " + container + " (" + state
                    + "); it shows '" + subtitle(robot) + "' (" + badge(robot) + "), error '"
                    + robot.lookup("#container-error").queryAs(dev.connectorconsole.ui.shell.Banner.class).text().getText()
                    + "', status '" + robot.lookup("#status-connector").queryLabeled().getText() + "'", e);
        }
    }

    private static String badge(FxRobot robot) {
        return robot.lookup("#container-state").queryAs(Label.class).getText();
    }

    private static String subtitle(FxRobot robot) {
        return robot.lookup(".screen-subtitle").queryAs(Label.class).getText();
    }

    private static void choose(FxRobot robot, String profile) {
        robot.clickOn("#connector-switcher");
        robot.clickOn(robot.lookup(".list-cell").lookup((Label l) -> profile.equals(l.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String shownName(ComboBox<?> switcher) {
        Object selected = switcher.getSelectionModel().getSelectedItem();
        return selected == null ? null : ((ConnectorProfile) selected).name();
    }

    private static void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 60 s for " + what, e);
        }
    }
}
