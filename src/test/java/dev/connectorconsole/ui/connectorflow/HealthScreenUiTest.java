package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.health.ContainerFigures;
import dev.connectorconsole.ui.health.HealthScreen;
import dev.connectorconsole.ui.health.HealthViewModel;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Health screen in a real window against the sandbox over HTTPS: a tunnel that drops while the screen is shown
 * appears as an alert naming its subaccount within the refresh interval, without the user doing anything; the
 * certificates show their days left; the figures are the connector's. Leaving the screen stops its timer.
 */
@ExtendWith(ApplicationExtension.class)
class HealthScreenUiTest {
    private static Path dataDir;
    private static SandboxServer sandbox;
    private static ConnectorSession session;
    private static SubaccountSummary first;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private HealthScreen screen;
    private Stage stage;

    @BeforeAll
    static void prepareConnector() throws Exception {
        dataDir = Files.createTempDirectory("cc-ui-health");
        sandbox = SandboxConnector.start(dataDir);
        session = SandboxConnector.signedIn(sandbox);
        sandbox.seed(2);
        try (SccClient admin = new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", new Secret(SandboxConnector.NEW_PASSWORD)),
                TrustSettings.pinned(sandbox.certificateSha256()))) {
            first = admin.subaccounts().get(0);
        }
    }

    @AfterAll
    static void stopSandbox() {
        session.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        screen = new HealthScreen(new HealthViewModel(new ConnectorCalls(session, tasks), Clock.systemDefaultZone(),
                () -> 2), new ContainerFigures((container, samples, failed) -> {
                    throw new AssertionError("a connector without a container here is not followed");
                }, java.util.Optional::empty, tasks));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 800));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.deactivate()).get(5, TimeUnit.SECONDS);
        tasks.close();
    }

    @Test
    void aDroppedTunnelShowsUpAsAnAlertWithinTheRefreshInterval(FxRobot robot) throws Exception {
        TableView<?> alerts = robot.lookup("#health-alerts").queryTableView();
        TableView<?> certificates = robot.lookup("#health-certificates").queryTableView();
        UiWait.until("the first refresh", () -> !certificates.getItems().isEmpty());
        assertThat(alerts.getItems()).as("nothing wrong yet").isEmpty();
        assertThat(certificates.getItems()).extracting(row -> ((HealthViewModel.CertificateRow) row).daysLeft())
                .as("UI and two subaccount certificates, soonest to expire first, none within the 30-day warning")
                .hasSize(3).isSorted().allMatch(days -> days > 30);
        assertThat(text(robot, "#health-memory")).startsWith("Heap ").contains(" MB");
        assertThat(text(robot, "#health-disk")).contains("MB free of");
        assertThat(text(robot, "#health-cpu")).startsWith("Connector ");
        UiWait.shot(stage, "70-health-all-well");

        String entity = first.subaccount() + "@" + first.regionHost();
        long dropped = System.nanoTime();
        sandbox.dropTunnel(first.regionHost(), first.subaccount());
        UiWait.until("the alert shown", () -> !alerts.getItems().isEmpty());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - dropped);
        System.out.println("Health: tunnel alert shown " + millis + " ms after the drop (refresh every 2 s)");
        assertThat(millis).as("within the 2 s refresh interval, plus the call on a loaded machine").isLessThan(4000);
        ConnectorAlert alert = (ConnectorAlert) alerts.getItems().get(0);
        assertThat(alert.entity()).isEqualTo(entity);
        assertThat(alert.type()).isEqualTo("Tunnel");
        assertThat(alert.status()).isEqualTo("Error");
        assertThat(robot.lookup(node -> node instanceof javafx.scene.control.Labeled l && entity.equals(l.getText()))
                .tryQuery()).as("the subaccount is named on screen").isPresent();
        UiWait.shot(stage, "71-health-tunnel-alert");

        WaitForAsyncUtils.asyncFx(() -> screen.deactivate()).get(5, TimeUnit.SECONDS);
        assertThat(screen.isRefreshing()).as("no timer once the screen is left").isFalse();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
