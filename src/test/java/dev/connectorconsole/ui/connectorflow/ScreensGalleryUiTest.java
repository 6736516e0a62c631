package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.dashboard.DashboardRow;
import dev.connectorconsole.ui.dashboard.DashboardScreen;
import dev.connectorconsole.ui.dashboard.DashboardViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import dev.connectorconsole.ui.subaccounts.SubaccountRow;
import dev.connectorconsole.ui.subaccounts.SubaccountsScreen;
import dev.connectorconsole.ui.subaccounts.SubaccountsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screens in the dark theme with a populated connector (connected, disconnected and failed tunnels): the
 * dashboard's filters and states, the not-signed-in state, and screenshots of each for review.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensGalleryUiTest {
    private static Path dataDir;
    private static SandboxServer sandbox;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ConnectorSession session;
    private ScreenHost host;
    private DashboardScreen dashboard;
    private Stage stage;

    @BeforeAll
    static void prepareConnector() throws Exception {
        dataDir = Files.createTempDirectory("cc-ui-sandbox");
        sandbox = SandboxConnector.start(dataDir);
        ConnectorEndpoint endpoint = new ConnectorEndpoint("127.0.0.1", sandbox.port());
        TrustSettings pin = TrustSettings.pinned(sandbox.certificateSha256());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pin)) {
            first.changeInitialPassword(new Secret("manage"), new Secret(SandboxConnector.NEW_PASSWORD));
        }
        try (SccClient admin = new SccClient(endpoint,
                new Credentials("Administrator", new Secret(SandboxConnector.NEW_PASSWORD)), pin)) {
            admin.setHaRole("master");
            sandbox.seed(4);
            var second = admin.subaccounts().get(1);
            admin.disconnect(second.regionHost(), second.subaccount());
            admin.create(new SubaccountCreate("eu-lab.connectivity.invalid", "c0ffee00-1234-4abc-9def-0123456789ab",
                    "lab.admin@example.com", new Secret("secret"), "Lab (unreachable region)", "", null, false));
        }
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ConnectorSession(new PinnedClientFactory(), tasks, sandbox.certificateSha256(), pin -> { });
        host = new ScreenHost(true);
        dashboard = new DashboardScreen(new DashboardViewModel(session, tasks, Clock.systemDefaultZone(), () -> 10),
                () -> host.show("signin"), () -> host.show("subaccounts"));
        host.add("dashboard", dashboard)
                .add("subaccounts", new SubaccountsScreen(new SubaccountsViewModel(session, tasks)))
                .add("signin", new SignInView(new SignInViewModel(session, SandboxConnector.url(sandbox), null)));
        host.show("dashboard");
        host.showIn(stage, 1280, 760);
    }

    @AfterEach
    void stop() {
        session.close();
        tasks.close();
    }

    @Test
    void dashboardStatesAndFilters(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#dashboard-state-title").queryAs(Label.class).getText()).isEqualTo("Not signed in");
        assertThat(dashboard.isRefreshing()).isTrue();
        UiWait.shot(stage, "09-dashboard-signed-out-dark");

        robot.clickOn("#dashboard-sign-in");
        robot.clickOn("#password").write(SandboxConnector.NEW_PASSWORD);
        UiWait.shot(stage, "10-signin-dark");
        robot.clickOn("#sign-in");
        UiWait.until("signed in", () -> session.state() == SessionState.SIGNED_IN);
        assertThat(dashboard.isRefreshing()).as("timer stops while the dashboard is hidden").isFalse();

        robot.clickOn("#nav-dashboard");
        TableView<DashboardRow> board = robot.lookup("#dashboard-table").queryTableView();
        UiWait.until("five rows", () -> board.getItems().size() == 5);
        UiWait.shot(stage, "11-dashboard-dark");
        robot.clickOn("#filter-failed");
        assertThat(board.getItems()).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(TunnelState.CONNECT_FAILURE));
        robot.clickOn("#filter-disconnected");
        assertThat(board.getItems()).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(TunnelState.DISCONNECTED));
        robot.clickOn("#filter-connected");
        assertThat(board.getItems()).hasSize(3);
        robot.clickOn("#filter-all");

        robot.clickOn("#nav-subaccounts");
        TableView<SubaccountRow> list = robot.lookup("#subaccount-table").queryTableView();
        UiWait.until("list", () -> list.getItems().size() == 5);
        robot.clickOn("Lab (unreachable region)");
        UiWait.until("details", () -> robot.lookup("#form-title").queryAs(Label.class).getText().contains("Lab"));
        UiWait.shot(stage, "12-subaccounts-dark");
    }
}
