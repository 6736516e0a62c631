package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.subaccounts.SubaccountRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An alert leads to the screen that fixes it: the demo connector's subaccount whose tunnel cannot open raises a Tunnel
 * alert on the Health screen, and its "Open subaccount" shows the Subaccounts screen with that subaccount selected.
 */
@ExtendWith(ApplicationExtension.class)
class AlertLinkUiTest {
    private DemoConnector demo;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        demo = DemoConnector.start();
        Path config = Files.createTempDirectory("cc-alert-link");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(List.of(demo.profile())).withFirstRunDone(true));
        window = MainWindow.open(stage, new AppEnvironment(System.getenv(), config,
                Files.createTempDirectory("cc-alert-link-docker")), new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        demo.close();
    }

    @Test
    void aTunnelAlertOpensItsSubaccount(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.connectorScreens().session().useConnector(demo.profile().pinnedSha256());
            window.connectorScreens().session().signIn(demo.adminUrl(), "Administrator", demo.password());
        });
        robot.clickOn("#nav-health");
        TableView<?> alerts = robot.lookup("#health-alerts").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> alerts.getItems().stream()
                .anyMatch(a -> ((ConnectorAlert) a).type().equals("Tunnel") && ((ConnectorAlert) a).subaccount() != null));
        ConnectorAlert alert = alerts.getItems().stream().map(ConnectorAlert.class::cast)
                .filter(a -> a.type().equals("Tunnel")).findFirst().orElseThrow();
        int row = alerts.getItems().indexOf(alert);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".alert-link").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .contains("Open subaccount");

        Hyperlink open = robot.lookup(".alert-link").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getIndex() == row).findFirst().orElseThrow();
        robot.clickOn(open);

        assertThat(robot.lookup("#nav-subaccounts").queryAs(ToggleButton.class).isSelected()).isTrue();
        TableView<?> subaccounts = robot.lookup("#subaccount-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> subaccounts.getSelectionModel().getSelectedItem() != null);
        SubaccountRow selected = (SubaccountRow) subaccounts.getSelectionModel().getSelectedItem();
        assertThat(selected.subaccount() + "@" + selected.regionHost()).isEqualTo(alert.entity());
    }
}
