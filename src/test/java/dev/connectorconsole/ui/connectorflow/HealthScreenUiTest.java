package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorAlert;
import com.sun.net.httpserver.HttpServer;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxTraffic;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.health.ContainerFigures;
import dev.connectorconsole.ui.health.HealthScreen;
import dev.connectorconsole.ui.health.HealthViewModel;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
 * certificates show their days left and what renewing each takes; the figures are the connector's; calls carried
 * through a system mapping show under Backends, the slowest first. Leaving the screen stops its timer.
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

    @Test
    void callsThroughTheTunnelShowUnderBackendsSlowestFirstAndCertificatesSayHowToRenew(FxRobot robot) throws Exception {
        HttpServer backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/sap/report")) {
                pause(250);
            }
            byte[] body = "{\"ok\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
        try (SccClient admin = new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", new Secret(SandboxConnector.NEW_PASSWORD)),
                TrustSettings.pinned(sandbox.certificateSha256()))) {
            admin.connect(first.regionHost(), first.subaccount());
            SystemMappings mappings = admin.systemMappings(first.regionHost(), first.subaccount());
            mappings.create(SystemMapping.of("erp", "8000", "127.0.0.1", Integer.toString(backend.getAddress().getPort()),
                    "HTTP", "abapSys", "NONE").withHostInHeader("VIRTUAL"));
            mappings.createResource("erp", "8000", MappingResource.of("/sap", true, false, "the ERP's services"));
            for (String path : new String[] {"/sap/orders", "/sap/report/monthly", "/sap/orders/7"}) {
                SandboxTraffic.carry(sandbox, SandboxConnector.NEW_PASSWORD, first.regionHost(), first.subaccount(),
                        "erp", "8000", path);
            }
        } finally {
            backend.stop(0);
        }

        TableView<?> certificates = robot.lookup("#health-certificates").queryTableView();
        UiWait.until("the certificates read", () -> !certificates.getItems().isEmpty());
        assertThat(certificates.getItems()).extracting(row -> (HealthViewModel.CertificateRow) row)
                .allSatisfy(row -> assertThat(row.renewal()).as("how to renew " + row.type()).isNotBlank())
                .anySatisfy(row -> assertThat(row.renewal()).contains("Subaccounts › Renew certificate"));
        robot.clickOn("Backends");
        TableView<?> backends = robot.lookup("#health-backends").queryTableView();
        TableView<?> slowest = robot.lookup("#health-slowest").queryTableView();
        UiWait.until("the three calls counted", () -> slowest.getItems().size() == 3);
        String system = "erp:8000 → 127.0.0.1:" + backend.getAddress().getPort();
        UiWait.until("the system named on screen", () -> robot.lookup(node -> node instanceof javafx.scene.control.Labeled l
                && system.equals(l.getText())).tryQuery().isPresent());
        assertThat(backends.getItems()).anySatisfy(row -> assertThat(row.toString()).contains(system).contains("calls=3"));
        UiWait.until("the resource of the slowest call on screen", () -> robot.lookup(node ->
                node instanceof javafx.scene.control.Labeled l && "/sap".equals(l.getText())).tryQuery().isPresent());
        String firstRow = slowest.getItems().get(0).toString();
        assertThat(firstRow).as("the slowest call first").contains("totalMs=").contains(system);
        long slowestMs = Long.parseLong(firstRow.replaceAll(".*totalMs=(\\d+).*", "$1"));
        assertThat(slowestMs).as("the report took at least the 250 ms its system waited").isGreaterThanOrEqualTo(250);
        UiWait.shot(stage, "72-health-backends");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
