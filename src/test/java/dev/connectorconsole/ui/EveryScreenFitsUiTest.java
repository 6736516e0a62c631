package dev.connectorconsole.ui;

import dev.connectorconsole.app.AppEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.image.WritableImage;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;

/**
 * At the default window size (1280×800) no button, label or column header of any screen is cut short, and the region
 * list of the subaccount form opens inside the window. Signed in to a demo connector with subaccounts in every state.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenFitsUiTest {
    private DemoConnector demo;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        demo = DemoConnector.start();
        Path config = Files.createTempDirectory("cc-fits");
        // A connector with a container here as well, so the Container and Logs screens show their own content.
        ConnectorProfile local = new ConnectorProfile("Sandbox", ContainerTarget.SANDBOX_IMAGE, "cc-fits-absent",
                8443, "https://localhost:8443", null, "Administrator");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(List.of(demo.profile(), local)));
        window = MainWindow.open(stage, new AppEnvironment(System.getenv(), config,
                Files.createTempDirectory("cc-fits-docker")), new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        demo.close();
    }

    @Test
    void noTextIsCutShortOnAnyScreenAtTheDefaultSize(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(800);
        robot.interact(() -> {
            window.connectorScreens().session().useConnector(demo.profile().pinnedSha256());
            window.connectorScreens().session().signIn(demo.adminUrl(), "Administrator", demo.password());
        });
        List<String> cut = new ArrayList<>(visit(robot, "Welcome", () -> window.navigationModel().showStart()));
        String[] screens = {"Dashboard", "Container", "Logs", "Subaccounts", "Access control", "Backups", "Health",
            "Connector settings", "Fleet", "High availability", "Settings", "Sign in", "Adopt", "Guide"};
        for (int i = 0; i < screens.length; i++) {
            int index = i;
            cut.addAll(visit(robot, screens[i], () -> window.navigationModel().show(index)));
        }

        robot.interact(() -> window.navigationModel().show(7));
        TabPane settingsTabs = robot.lookup("#connector-settings-tabs").queryAs(TabPane.class);
        javafx.scene.control.Label settingsBusy = robot.lookup("#connector-settings-busy").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> settingsBusy.getText().isEmpty());
        for (int tab = 1; tab < settingsTabs.getTabs().size(); tab++) {
            int shown = tab;
            robot.interact(() -> settingsTabs.getSelectionModel().select(shown));
            cut.addAll(look(robot, "Connector settings, " + settingsTabs.getTabs().get(tab).getText()));
        }

        robot.interact(() -> window.navigationModel().show(3));
        TableView<?> table = robot.lookup("#subaccount-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() >= 7);
        robot.interact(() -> table.getSelectionModel().select(1));
        cut.addAll(look(robot, "Subaccounts, one selected"));
        robot.clickOn("#add-subaccount");
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(look(robot, "Subaccounts, adding one"));
        assertThat(cut).as("texts cut short at 1280×800").isEmpty();

        ComboBox<?> region = robot.lookup("#region").queryAs(ComboBox.class);
        robot.interact(region::show);
        WaitForAsyncUtils.waitForFxEvents();
        Window popup = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        Bounds shown = new BoundingBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Bounds list = new BoundingBox(popup.getX(), popup.getY(), popup.getWidth(), popup.getHeight());
        assertThat(shown.contains(list)).as("region list %s inside the window %s (field at %s)", list, shown,
                region.localToScreen(region.getBoundsInLocal())).isTrue();
        robot.interact(region::hide);

        robot.interact(() -> window.navigationModel().show(4));
        TableView<?> systems = robot.lookup("#mapping-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> systems.getItems().size() == 4);
        robot.interact(() -> systems.getSelectionModel().select(0));
        TableView<?> resources = robot.lookup("#resource-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> resources.getItems().size() == 3);
        assertThat(look(robot, "Access control, a system selected")).as("texts cut short at 1280×800").isEmpty();
    }

    private List<String> visit(FxRobot robot, String name, Runnable show) throws Exception {
        robot.interact(show);
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        return look(robot, name);
    }

    /** The cut texts of what the window shows now; a picture of it is kept in target/ to look at. */
    private List<String> look(FxRobot robot, String name) throws Exception {
        Path picture = Path.of("target", "screens-1280x800", name.replaceAll("[^A-Za-z]+", "-") + ".png");
        Files.createDirectories(picture.getParent());
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10,
                TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", picture.toFile());
        return CutTexts.in(stage.getScene().getRoot(), name);
    }
}
