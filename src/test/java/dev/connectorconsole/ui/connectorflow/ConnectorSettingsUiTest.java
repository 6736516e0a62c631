package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.AlertThresholds;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.ConnectorSettings;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.ProxySettings;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubjectPatternRule;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.connectorsettings.ConnectorSettingsScreen;
import dev.connectorconsole.ui.connectorsettings.ConnectorSettingsViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import dev.connectorconsole.connector.SubaccountTrace;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connector settings screen in a real window against the sandbox over HTTPS: each form first gets invalid input
 * (messages next to the fields, nothing sent), then valid input that the connector then holds; a failed save keeps
 * what was typed and shows the connector's message.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectorSettingsUiTest {
    private static final String SECRET = "Proxy-Secret-4711";
    private SccClient admin;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private SandboxServer sandbox;
    private ConnectorSession session;
    private ConnectorSettingsScreen screen;
    private Stage stage;

    /** A fresh signed-in sandbox for each test, so no test depends on what another changed. */
    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sandbox = SandboxConnector.start(Files.createTempDirectory("cc-ui-connector-settings"));
        session = SandboxConnector.signedIn(sandbox);
        admin = new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", new Secret(SandboxConnector.NEW_PASSWORD)),
                TrustSettings.pinned(sandbox.certificateSha256()));
        screen = new ConnectorSettingsScreen(new ConnectorSettingsViewModel(new ConnectorCalls(session, tasks)));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 800));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() {
        tasks.close();
        admin.close();
        session.close();
        sandbox.close();
    }

    @Test
    void proxyIsCheckedNextToTheFieldsThenSavedAndItsPasswordNeverShown(FxRobot robot) throws Exception {
        UiWait.until("the settings read", () -> !robot.lookup("#subject-pattern-rules").queryTableView().getItems().isEmpty());
        type(robot, "#proxy-host", "http://proxy.corp/x");
        type(robot, "#proxy-port", "70000");
        type(robot, "#proxy-user", "proxy user");
        robot.clickOn("#save-proxy");
        assertThat(text(robot, "#proxy-host-error")).isEqualTo("Enter the host only, without http:// or a path.");
        assertThat(text(robot, "#proxy-port-error")).isEqualTo("The port is a whole number from 1 to 65535.");
        assertThat(text(robot, "#proxy-user-error")).isEqualTo("A user name has no spaces.");
        assertThat(text(robot, "#proxy-message")).isEqualTo("Correct the marked fields first; nothing was sent.");
        assertThat(settings().proxy()).as("nothing sent").isEmpty();
        UiWait.shot(stage, "80-connector-settings-proxy-invalid");

        type(robot, "#proxy-host", "proxy.corp");
        type(robot, "#proxy-port", "3128");
        type(robot, "#proxy-user", "scc");
        type(robot, "#proxy-password", SECRET);
        robot.clickOn("#save-proxy");
        UiWait.until("the proxy saved", () -> text(robot, "#proxy-message").equals("Proxy saved."));
        assertThat(settings().proxy()).contains(new ProxySettings("proxy.corp", 3128, "scc", true));
        assertThat(field(robot, "#proxy-password").getText()).as("the password is not read back").isEqualTo("***");

        type(robot, "#proxy-user", "other");
        robot.clickOn("#save-proxy");
        assertThat(text(robot, "#proxy-password-error")).isEqualTo("Enter the password of the new user.");
        assertThat(settings().proxy().orElseThrow().user()).isEqualTo("scc");
        UiWait.shot(stage, "81-connector-settings-proxy-saved");

        robot.clickOn("#remove-proxy");
        robot.clickOn("Remove the proxy");
        UiWait.until("the proxy removed", () -> text(robot, "#proxy-message").startsWith("Proxy removed"));
        assertThat(settings().proxy()).isEmpty();
        assertThat(field(robot, "#proxy-host").getText()).isEmpty();
    }

    @Test
    void rulesAreCheckedAddedMovedAndAFailedSaveKeepsTheValues(FxRobot robot) throws Exception {
        select(robot, 1);
        TableView<?> rules = robot.lookup("#subject-pattern-rules").queryTableView();
        UiWait.until("the rules read", () -> !rules.getItems().isEmpty());
        robot.clickOn("#add-rule");
        type(robot, "#attribute", "");
        type(robot, "#common-name-cn", "");
        robot.clickOn("#save-rule");
        assertThat(text(robot, "#attribute-error")).isEqualTo("Enter the attribute the rule checks, e.g. name or login_name.");
        assertThat(text(robot, "#value-error")).isEqualTo("Enter the value the attribute is compared with.");
        assertThat(text(robot, "#common-name-cn-error")).isEqualTo("Enter the common name (CN), e.g. ${name}.");
        assertThat(settings().subjectPatternRules()).as("nothing sent").hasSize(1);

        type(robot, "#attribute", "name");
        type(robot, "#value", "alice");
        type(robot, "#common-name-cn", "${name}");
        type(robot, "#organization-o", "ACME");
        robot.clickOn("#save-rule");
        UiWait.until("the rule added", () -> rules.getItems().size() == 2);
        assertThat(settings().subjectPatternRules()).extracting(SubjectPatternRule::conditionText)
                .containsExactly("name is alice", "always true");

        robot.interact(() -> rules.getSelectionModel().select(1));
        robot.clickOn("#move-rule-up");
        UiWait.until("the catch-all moved up", () -> text(robot, "#rule-message").equals("Rule moved."));
        assertThat(settings().subjectPatternRules()).extracting(SubjectPatternRule::conditionText)
                .containsExactly("always true", "name is alice");

        robot.interact(() -> rules.getSelectionModel().select(0));
        robot.clickOn("#edit-rule");
        assertThat(text(robot, "#rule-message")).isEqualTo("The catch-all rule (always true) can be moved or deleted, not edited.");

        robot.interact(() -> rules.getSelectionModel().select(1));
        robot.clickOn("#edit-rule");
        assertThat(field(robot, "#value").getText()).isEqualTo("alice");
        settings().deleteSubjectPatternRule(1);
        type(robot, "#common-name-cn", "alice-${name}");
        robot.clickOn("#save-rule");
        UiWait.until("the connector's answer", () -> text(robot, "#rule-message").contains("does not exist"));
        assertThat(text(robot, "#rule-message")).contains("Subject pattern rule with index 1 does not exist");
        assertThat(field(robot, "#common-name-cn").getText()).as("kept after the failed save").isEqualTo("alice-${name}");
        UiWait.until("the list read again", () -> rules.getItems().size() == 1);
        UiWait.shot(stage, "82-connector-settings-rules-failed-save");

        robot.interact(() -> rules.getSelectionModel().select(0));
        robot.clickOn("#delete-rule");
        robot.clickOn("Delete the rule");
        UiWait.until("the rule deleted", () -> rules.getItems().isEmpty());
        assertThat(settings().subjectPatternRules()).isEmpty();
    }

    @Test
    void logTraceAndAuditLevelsAreChosenAndSaved(FxRobot robot) throws Exception {
        select(robot, 2);
        ChoiceBox<?> scc = robot.lookup("#scc-log-level").queryAs(ChoiceBox.class);
        UiWait.until("the levels read", () -> "INFO".equals(scc.getValue()));
        choose(robot, "#scc-log-level", "DEBUG");
        choose(robot, "#cpic-trace-level", 2);
        choose(robot, "#audit-log-level", "ALL");
        choose(robot, "#audit-cleanup", 90);
        robot.clickOn("#save-levels");
        UiWait.until("the levels saved", () -> text(robot, "#levels-message").equals("Log, trace and audit levels saved."));
        assertThat(settings().logAndTraceLevels().sccLogLevel()).isEqualTo("DEBUG");
        assertThat(settings().logAndTraceLevels().cpicTraceLevel()).isEqualTo(2);
        assertThat(settings().auditLog().level()).isEqualTo("ALL");
        assertThat(settings().auditLog().cleanupDays()).isEqualTo(90);
    }

    @Test
    void oneSubaccountGetsItsOwnTracesAndAuditLevelAndTheOtherKeepsItsOwn(FxRobot robot) throws Exception {
        sandbox.seed(2);
        var subaccounts = admin.subaccounts();
        var first = subaccounts.get(0);
        var second = subaccounts.get(1);
        robot.interact(screen::refresh);
        select(robot, 2);
        ChoiceBox<?> subaccount = robot.lookup("#subaccount-trace-subaccount").queryAs(ChoiceBox.class);
        UiWait.until("the subaccounts listed", () -> subaccount.getItems().size() == 2);
        ChoiceBox<?> audit = robot.lookup("#subaccount-audit-level").queryAs(ChoiceBox.class);
        UiWait.until("the first one's levels read", () -> "SECURITY".equals(audit.getValue()));
        choose(robot, "#subaccount-trace-subaccount", second);
        UiWait.until("the second one chosen", () -> second.equals(subaccount.getValue()));
        ScrollPane scroll = (ScrollPane) robot.lookup(".scroll-pane").match(node -> node.isVisible()).queryAll()
                .stream().filter(node -> ((ScrollPane) node).getContent().lookup("#save-subaccount-levels") != null)
                .findFirst().orElseThrow();
        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn("#subaccount-traffic-trace");
        choose(robot, "#subaccount-audit-level", "ALL");
        robot.clickOn("#save-subaccount-levels");
        UiWait.until("saved", () -> text(robot, "#subaccount-levels-message").equals("Saved for " + second.subaccount() + "."));
        assertThat(settings().subaccountTrace(second.regionHost(), second.subaccount()))
                .isEqualTo(new SubaccountTrace(true, false));
        assertThat(settings().subaccountAuditLevel(second.regionHost(), second.subaccount())).isEqualTo("ALL");
        assertThat(settings().subaccountTrace(first.regionHost(), first.subaccount()))
                .as("the other subaccount keeps its own").isEqualTo(new SubaccountTrace(false, false));
        UiWait.shot(stage, "84-connector-settings-per-subaccount");

        choose(robot, "#subaccount-trace-subaccount", first);
        CheckBox traffic = robot.lookup("#subaccount-traffic-trace").queryAs(CheckBox.class);
        UiWait.until("the first one's own values shown", () -> !traffic.isSelected() && "SECURITY".equals(audit.getValue()));
    }

    @Test
    void alertThresholdsAreCheckedThenSaved(FxRobot robot) throws Exception {
        select(robot, 3);
        UiWait.until("the thresholds read", () -> !field(robot, "#cpu-load").getText().isEmpty());
        AlertThresholds before = settings().alertThresholds();
        type(robot, "#cpu-load", "150");
        type(robot, "#for-at-least-seconds", "soon");
        type(robot, "#certificate-expires-within-days", "0");
        robot.clickOn("#save-thresholds");
        assertThat(text(robot, "#cpu-load-error")).isEqualTo("The CPU load is a percentage from 0 to 100.");
        assertThat(text(robot, "#for-at-least-seconds-error")).isEqualTo("The duration is a whole number of seconds from 0 to 86400.");
        assertThat(text(robot, "#certificate-expires-within-days-error"))
                .isEqualTo("The days before a certificate expires are a whole number from 1 to 3650.");
        assertThat(settings().alertThresholds()).as("nothing sent").isEqualTo(before);
        UiWait.shot(stage, "83-connector-settings-thresholds-invalid");

        type(robot, "#cpu-load", "80");
        type(robot, "#for-at-least-seconds", "120");
        type(robot, "#certificate-expires-within-days", "14");
        robot.clickOn("#save-thresholds");
        UiWait.until("the thresholds saved", () -> text(robot, "#thresholds-message").equals("Alert thresholds saved."));
        assertThat(settings().alertThresholds()).isEqualTo(new AlertThresholds(80, 120, before.freeDiskSpaceMb(), 14));
    }

    private ConnectorSettings settings() {
        return admin.settings();
    }

    private static void select(FxRobot robot, int tab) {
        TabPane tabs = robot.lookup("#connector-settings-tabs").queryAs(TabPane.class);
        robot.clickOn(tabs.getTabs().get(tab).getText());
    }

    private static void type(FxRobot robot, String query, String text) {
        TextInputControl field = field(robot, query);
        robot.interact(() -> field.setText(""));
        if (!text.isEmpty()) {
            robot.clickOn(field).write(text);
        } else {
            robot.interact(field::requestFocus);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String query, T value) {
        ChoiceBox<T> choice = robot.lookup(query).queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(value));
    }

    private static TextInputControl field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
