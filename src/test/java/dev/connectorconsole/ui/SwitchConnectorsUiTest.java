package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;

/**
 * Two connectors in one window: "Alpha" with a container on this engine and "Beta" that runs elsewhere, each a real
 * sandbox over HTTPS with a subaccount of its own. Switching shows each one's subaccounts and never the other's; the
 * container screen follows the selected container; a form with unsaved changes asks before it is left.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchConnectorsUiTest {
    private static final String ALPHA_PASSWORD = "Alpha-switch-1";
    private static final String BETA_PASSWORD = "Beta-switch-1";
    private SandboxServer alpha;
    private SandboxServer beta;
    private Stage stage;
    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        alpha = connector("Alpha Plant", ALPHA_PASSWORD, "1c7e0a52-3b9a-4f6e-a2d8-5c4b3a291f01");
        beta = connector("Beta Plant", BETA_PASSWORD, "2c7e0a52-3b9a-4f6e-a2d8-5c4b3a291f02");
        ConnectorProfile alphaProfile = new ConnectorProfile("Alpha", ContainerTarget.SANDBOX_IMAGE,
                "cc-switch-alpha-absent", alpha.port(), url(alpha), alpha.certificateSha256(), "Administrator");
        ConnectorProfile betaProfile = ConnectorProfile.remote("Beta", url(beta), "Administrator")
                .withPinnedSha256(beta.certificateSha256());
        config = Files.createTempDirectory("cc-switch");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(List.of(alphaProfile, betaProfile))
                .withFirstRunDone(true));
        MainWindow.open(stage, new AppEnvironment(System.getenv(), config, Files.createTempDirectory("cc-switch-d")),
                new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        alpha.close();
        beta.close();
    }

    @Test
    void eachConnectorShowsItsOwnStateAndSwitchingBackSignsInAgain(FxRobot robot) throws Exception {
        ComboBox<?> switcher = robot.lookup("#connector-switcher").queryAs(ComboBox.class);
        assertThat(shownName(switcher)).isEqualTo("Alpha");
        robot.clickOn("#nav-container");
        assertThat(robot.lookup(".screen-subtitle").queryAs(Label.class).getText()).contains("cc-switch-alpha-absent");

        signIn(robot, url(alpha), ALPHA_PASSWORD);
        robot.clickOn("#nav-dashboard");
        awaitDashboard(robot, "Alpha Plant");

        choose(robot, "Beta");
        await("the sign-in for Beta", () -> robot.lookup("#admin-url").tryQuery().isPresent()
                && robot.lookup("#admin-url").queryAs(TextField.class).getText().equals(url(beta)));
        assertThat(robot.lookup("#status-connector").queryLabeled().getText()).isEqualTo("Connector: not signed in");
        robot.clickOn("#nav-container");
        assertThat(robot.lookup("#runs-elsewhere").query().isVisible()).as("Beta has no container here").isTrue();
        assertThat(robot.lookup("#runs-elsewhere .label").queryLabeled().getText()).isEqualTo("Beta runs elsewhere");
        signIn(robot, url(beta), BETA_PASSWORD);
        robot.clickOn("#nav-dashboard");
        awaitDashboard(robot, "Beta Plant");
        assertThat(dashboardNames(robot)).doesNotContain("Alpha Plant");

        choose(robot, "Alpha");
        await("Alpha signed in again with its remembered password",
                () -> robot.lookup("#status-connector").queryLabeled().getText().equals("Connector: signed in"));
        awaitDashboard(robot, "Alpha Plant");
        assertThat(dashboardNames(robot)).doesNotContain("Beta Plant");
        robot.clickOn("#nav-container");
        assertThat(robot.lookup("#runs-elsewhere").query().isVisible()).isFalse();
        assertThat(robot.lookup(".screen-subtitle").queryAs(Label.class).getText()).contains("cc-switch-alpha-absent");

        robot.clickOn("#nav-subaccounts");
        await("Alpha's subaccounts", () -> robot.lookup("#subaccount-table").queryAs(TableView.class)
                .getItems().size() == 1);
        robot.clickOn("#add-subaccount");
        robot.clickOn("#display-name").write("half-typed");
        choose(robot, "Beta");
        await("the question about unsaved changes", () -> robot.lookup("#confirmation").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownName(switcher)).as("the user kept the form: still on Alpha").isEqualTo("Alpha");
        assertThat(robot.lookup("#display-name").queryAs(TextField.class).getText()).isEqualTo("half-typed");
        await("the connector shown last saved for the next start",
                () -> "Alpha".equals(new SettingsStore(config).load().settings().selectedProfile()));
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

    private static void signIn(FxRobot robot, String adminUrl, String password) {
        robot.clickOn("#nav-sign-in");
        robot.clickOn("#admin-url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(adminUrl);
        robot.clickOn("#password").write(password);
        if (!robot.lookup("#remember-password").queryAs(javafx.scene.control.CheckBox.class).isSelected()) {
            robot.clickOn("#remember-password");
        }
        robot.clickOn("#sign-in");
        await("the sign-in to " + adminUrl,
                () -> robot.lookup("#status-connector").queryLabeled().getText().equals("Connector: signed in"));
    }

    private static void awaitDashboard(FxRobot robot, String displayName) {
        await("the dashboard with " + displayName, () -> dashboardNames(robot).contains(displayName));
    }

    private static List<String> dashboardNames(FxRobot robot) {
        return robot.lookup("#dashboard-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(cell -> cell.getText() == null ? "" : cell.getText()).toList();
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 30 s for " + what, e);
        }
    }

    private static String url(SandboxServer server) {
        return "https://localhost:" + server.port();
    }

    private static SandboxServer connector(String subaccountName, String password, String subaccount) throws Exception {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-switch-sandbox"),
                "127.0.0.1", Duration.ofMillis(50), false));
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", server.port());
        TrustSettings pinned = TrustSettings.pinned(server.certificateSha256());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pinned)) {
            first.changeInitialPassword(new Secret("manage"), new Secret(password));
            first.setHaRole("master");
        }
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", new Secret(password)), pinned)) {
            admin.create(new SubaccountCreate("cf.eu10.hana.ondemand.com", subaccount, "admin@example.com",
                    new Secret("cloud-pw"), subaccountName, "", "switch test", false));
        }
        return server;
    }
}
