package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.dashboard.DashboardRow;
import dev.connectorconsole.ui.health.HealthViewModel;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.subaccounts.SubaccountRow;

/**
 * Two connectors, each signed in once and every screen read once: "Alpha", a sandbox connector in a container on the
 * real engine, and "Beta", a sandbox over HTTPS whose container is not there. Right after a switch (checked in the
 * same FX turn as the switch, before any read can answer) every screen shows the chosen connector's last known state,
 * marked with its time, and nothing of the other; then the fresh reads replace it.
 */
@ExtendWith(ApplicationExtension.class)
class LastKnownOnSwitchUiTest {
    private static final String BETA_PASSWORD = "Beta-lastknown-1";
    private static final String BETA_SUBACCOUNT = "2c7e0a52-3b9a-4f6e-a2d8-5c4b3a291f02";
    private static EngineConnection engine;
    private static String alphaContainer;
    private static String image;
    private static int alphaPort;
    private static String alphaPin;
    private SandboxServer beta;
    private Stage stage;
    private MainWindow window;

    /** What every screen shows, read in one FX turn. */
    private record Picture(String switcher, List<String> dashboard, String dashboardMark, List<String> subaccounts,
                           String subaccountsMark, String containerState, String containerMark, String container,
                           List<String> healthOwners, String healthMark, String statusConnector) {}

    @BeforeAll
    static void runAlphaInAContainer() throws Exception {
        engine = EngineTestSupport.connect();
        alphaContainer = EngineTestSupport.uniqueName("lastknown-alpha");
        image = alphaContainer + "-scc:1";
        try {
            HandMadeSandboxConnector.buildImage(engine, image);
            alphaPort = PortCheck.nextFree(31943);
            HandMadeSandboxConnector.run(alphaContainer, image, alphaPort);
            alphaPin = HandMadeSandboxConnector.configure(alphaPort);
        } catch (Exception | AssertionError e) {
            removeAll();
            throw e;
        }
    }

    @AfterAll
    static void removeAll() {
        HandMadeSandboxConnector.dockerQuietly("rm", "-f", alphaContainer);
        TestImages.removeImage(engine, image);
        engine.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        beta = betaConnector();
        ConnectorProfile alpha = new ConnectorProfile("Alpha", image, alphaContainer, alphaPort,
                "https://localhost:" + alphaPort, alphaPin, "Administrator");
        ConnectorProfile betaProfile = new ConnectorProfile("Beta", ContainerTarget.SANDBOX_IMAGE,
                EngineTestSupport.uniqueName("lastknown-beta-absent"), beta.port(), url(beta), beta.certificateSha256(),
                "Administrator");
        Path config = Files.createTempDirectory("cc-lastknown");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(List.of(alpha, betaProfile))
                .withFirstRunDone(true));
        window = MainWindow.open(stage, new AppEnvironment(System.getenv(), config,
                Files.createTempDirectory("cc-lastknown-d")), new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        beta.close();
    }

    @Test
    void eachScreenShowsTheChosenConnectorsLastKnownStateAtOnceThenItsFreshState(FxRobot robot) throws Exception {
        signIn(robot, "https://localhost:" + alphaPort, HandMadeSandboxConnector.PASSWORD.value());
        readEveryScreen(robot, "Hand-made subaccount", HandMadeSandboxConnector.SUBACCOUNT, "Ready");
        choose(robot, "Beta");
        signIn(robot, url(beta), BETA_PASSWORD);
        readEveryScreen(robot, "Beta Plant", BETA_SUBACCOUNT, "");
        robot.clickOn("#nav-dashboard");

        Picture alpha = switchAndLook("Alpha");
        assertThat(alpha.switcher()).isEqualTo("Alpha");
        assertThat(alpha.dashboard()).containsExactly("Hand-made subaccount");
        assertThat(alpha.subaccounts()).containsExactly("Hand-made subaccount");
        assertThat(alpha.containerState()).isEqualTo("Ready");
        assertThat(alpha.container()).startsWith(alphaContainer + " ·");
        assertThat(alpha.healthOwners()).isNotEmpty()
                .allSatisfy(owner -> assertThat(owner).doesNotContain(BETA_SUBACCOUNT))
                .anySatisfy(owner -> assertThat(owner).contains(HandMadeSandboxConnector.SUBACCOUNT));
        assertThat(List.of(alpha.dashboardMark(), alpha.subaccountsMark(), alpha.containerMark(), alpha.healthMark()))
                .as("each screen says it shows the last known state").allMatch(mark -> mark.matches(
                        "As of \\d\\d:\\d\\d:\\d\\d, refreshing…"));
        assertThat(alpha.statusConnector()).matches("Connector: signed in \\(as of \\d\\d:\\d\\d:\\d\\d, refreshing…\\)");
        assertThat(alpha.toString()).doesNotContain("Beta Plant");

        await("Alpha's fresh state on the dashboard, the subaccounts and the container", () -> {
            Picture now = look();
            return now.dashboardMark().startsWith("Updated at") && now.subaccountsMark().isEmpty()
                    && now.containerMark().isEmpty() && now.dashboard().equals(List.of("Hand-made subaccount"))
                    && now.subaccounts().equals(List.of("Hand-made subaccount")) && "Ready".equals(now.containerState())
                    && now.statusConnector().equals("Connector: signed in");
        });
        robot.clickOn("#nav-health");
        await("Alpha's fresh health", () -> look().healthMark().startsWith("Updated at"));
        assertThat(look().healthOwners()).anySatisfy(o -> assertThat(o).contains(HandMadeSandboxConnector.SUBACCOUNT));

        Picture back = switchAndLook("Beta");
        assertThat(back.dashboard()).containsExactly("Beta Plant");
        assertThat(back.subaccounts()).containsExactly("Beta Plant");
        assertThat(back.containerState()).as("Beta's container was never there").isEqualTo("Absent");
        assertThat(back.healthOwners()).isNotEmpty()
                .allSatisfy(owner -> assertThat(owner).doesNotContain(HandMadeSandboxConnector.SUBACCOUNT));
        assertThat(back.healthMark()).startsWith("As of");
        assertThat(back.toString()).doesNotContain("Hand-made subaccount");
        await("Beta's fresh health (the screen shown)", () -> look().healthMark().startsWith("Updated at"));
        assertThat(look().healthOwners()).anySatisfy(o -> assertThat(o).contains(BETA_SUBACCOUNT));
        assertThat(look().dashboardMark()).as("a screen not shown reads nothing until it is shown").startsWith("As of");
        robot.clickOn("#nav-dashboard");
        await("Beta's fresh dashboard once shown", () -> look().dashboardMark().startsWith("Updated at")
                && look().dashboard().equals(List.of("Beta Plant")));
    }

    /** Shows Dashboard, Subaccounts, Container and Health once each and waits until each shows this connector. */
    private void readEveryScreen(FxRobot robot, String subaccountName, String subaccount, String containerState) {
        robot.clickOn("#nav-dashboard");
        await("the dashboard with " + subaccountName, () -> look().dashboard().equals(List.of(subaccountName)));
        robot.clickOn("#nav-subaccounts");
        await("the subaccounts with " + subaccountName, () -> look().subaccounts().equals(List.of(subaccountName)));
        robot.clickOn("#nav-container");
        await("the container " + containerState, () -> look().containerState().equals(containerState.isEmpty()
                ? "Absent" : containerState));
        robot.clickOn("#nav-health");
        await("the health of " + subaccount, () -> look().healthOwners().stream().anyMatch(o -> o.contains(subaccount)));
    }

    private Picture switchAndLook(String profile) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<ConnectorProfile> switcher = switcher();
            switcher.getItems().stream().filter(p -> p.name().equals(profile)).findFirst()
                    .ifPresent(p -> switcher.getSelectionModel().select(p));
            return picture();
        }).get(10, TimeUnit.SECONDS);
    }

    private Picture look() throws Exception {
        return WaitForAsyncUtils.asyncFx(this::picture).get(10, TimeUnit.SECONDS);
    }

    /** Reads every screen's nodes, shown or not (the screens are built; those not shown are off the scene). */
    @SuppressWarnings("unchecked")
    private Picture picture() {
        Node dashboard = screen("Dashboard");
        Node subaccounts = screen("Subaccounts");
        Node container = screen("Container");
        Node health = screen("Health");
        ConnectorProfile selected = switcher().getSelectionModel().getSelectedItem();
        return new Picture(selected == null ? null : selected.name(),
                rows(dashboard, "#dashboard-table", (DashboardRow row) -> row.displayName()),
                text(dashboard, "#updated-at"),
                rows(subaccounts, "#subaccount-table", (SubaccountRow row) -> row.displayName()),
                text(subaccounts, "#subaccounts-as-of"),
                text(container, "#container-state"), text(container, "#container-as-of"),
                text(container, ".screen-subtitle"),
                rows(health, "#health-certificates", (HealthViewModel.CertificateRow row) -> row.owner()),
                text(health, "#health-updated"),
                text(stage.getScene().getRoot(), "#status-connector"));
    }

    /** The rows a table shows; none while the table is hidden (the dashboard's empty and loading states). */
    @SuppressWarnings("unchecked")
    private static <R> List<String> rows(Node root, String table, java.util.function.Function<R, String> text) {
        Node node = root.lookup(table);
        return node == null || !node.isVisible() ? List.of()
                : ((TableView<R>) node).getItems().stream().map(text).toList();
    }

    private Node screen(String title) {
        return window.navigationModel().screens().stream().filter(s -> s.title().equals(title)).findFirst()
                .map(Screen::view).orElseThrow();
    }

    private static String text(Node root, String selector) {
        Node node = root.lookup(selector);
        return node == null ? "(none)" : String.valueOf(((Label) node).getText());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ConnectorProfile> switcher() {
        return (ComboBox<ConnectorProfile>) stage.getScene().lookup("#connector-switcher");
    }

    private static void choose(FxRobot robot, String profile) {
        robot.clickOn("#connector-switcher");
        robot.clickOn(robot.lookup(".list-cell").lookup((Label l) -> profile.equals(l.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signIn(FxRobot robot, String adminUrl, String password) {
        robot.clickOn("#nav-sign-in");
        robot.clickOn("#admin-url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(adminUrl);
        robot.clickOn("#password").write(password);
        if (!robot.lookup("#remember-password").queryAs(CheckBox.class).isSelected()) {
            robot.clickOn("#remember-password");
        }
        robot.clickOn("#sign-in");
        await("the sign-in to " + adminUrl,
                () -> robot.lookup("#status-connector").queryLabeled().getText().equals("Connector: signed in"));
    }

    private void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            String shown;
            try {
                shown = look().toString();
            } catch (Exception unreadable) {
                shown = unreadable.toString();
            }
            throw new AssertionError("waited 60 s for " + what + "; the screens show " + shown, e);
        }
    }

    private static String url(SandboxServer server) {
        return "https://localhost:" + server.port();
    }

    private static SandboxServer betaConnector() throws Exception {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-lastknown-beta"),
                "127.0.0.1", Duration.ofMillis(50), false));
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", server.port());
        TrustSettings pinned = TrustSettings.pinned(server.certificateSha256());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pinned)) {
            first.changeInitialPassword(new Secret("manage"), new Secret(BETA_PASSWORD));
            first.setHaRole("master");
        }
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", new Secret(BETA_PASSWORD)),
                pinned)) {
            admin.create(new SubaccountCreate("cf.eu10.hana.ondemand.com", BETA_SUBACCOUNT, "admin@example.com",
                    new Secret("cloud-pw"), "Beta Plant", "", "last known test", false));
        }
        return server;
    }
}
