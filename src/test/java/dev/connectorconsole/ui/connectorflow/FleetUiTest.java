package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fleet.FleetRow;
import dev.connectorconsole.ui.fleet.FleetScreen;
import dev.connectorconsole.ui.fleet.FleetViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The fleet screen in a real window over three sandbox connectors on HTTPS: two with a remembered password show
 * their subaccounts side by side with the connector as a column; the third says it needs one sign-in; the filter
 * narrows the table to one connector.
 */
@ExtendWith(ApplicationExtension.class)
class FleetUiTest {
    private static final InMemorySecretStore PASSWORDS = new InMemorySecretStore("test");
    private static SandboxServer alpha;
    private static SandboxServer beta;
    private static SandboxServer gamma;
    private static List<ConnectorProfile> profiles;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private FleetViewModel model;
    private ScreenHost host;
    private Stage stage;

    @BeforeAll
    static void startConnectors() throws Exception {
        alpha = connector("Alpha-Fleet-1", 2);
        beta = connector("Beta-Fleet-1", 3);
        gamma = connector("Gamma-Fleet-1", 1);
        PASSWORDS.put(AdminPasswordKeys.of("localhost", alpha.port(), "Administrator"), new Secret("Alpha-Fleet-1"));
        PASSWORDS.put(AdminPasswordKeys.of("localhost", beta.port(), "Administrator"), new Secret("Beta-Fleet-1"));
        profiles = List.of(local("Production", alpha).withEngine("plant-host"), profile("Test", beta),
                profile("Development", gamma));
    }

    @AfterAll
    static void stopConnectors() {
        alpha.close();
        beta.close();
        gamma.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new FleetViewModel(() -> profiles, CompletableFuture.<SecretStore>completedFuture(PASSWORDS), tasks,
                Duration.ofSeconds(5));
        host = new ScreenHost(false);
        host.add("fleet", new FleetScreen(model, () -> 10));
        host.show("fleet");
        host.showIn(stage, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> host.current().deactivate()).get(5, TimeUnit.SECONDS);
        model.close();
        tasks.close();
    }

    @Test
    void everyConnectorsSubaccountsInOneTable(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#fleet-table").queryTableView();
        UiWait.until("the fleet read", () -> table.getItems().size() == 6);
        assertThat(model.rows()).extracting(FleetRow::connector).containsExactly("Production", "Production", "Test",
                "Test", "Test", "Development");
        assertThat(model.rows()).extracting(FleetRow::engine).containsExactly("plant-host", "plant-host",
                "runs elsewhere", "runs elsewhere", "runs elsewhere", "runs elsewhere");
        FleetRow development = model.rows().get(5);
        assertThat(development.isProblem()).isTrue();
        assertThat(development.problem()).isEqualTo("Sign in once with \"Remember the password\" to see it here.");
        assertThat(robot.lookup("#fleet-summary").queryAs(Label.class).getText())
                .startsWith("3 connector(s), 5 subaccount(s), 1 to sign in to once · updated at ");
        UiWait.shot(stage, "46-fleet");

        robot.clickOn("#fleet-filter").write("Test");
        UiWait.until("filtered", () -> table.getItems().size() == 3);
        assertThat(robot.lookup("#fleet-filter").queryAs(TextField.class).getText()).isEqualTo("Test");

        robot.doubleClickOn("#fleet-filter").write("plant-host");
        UiWait.until("filtered by engine", () -> table.getItems().size() == 2);
        assertThat(model.visibleRows()).extracting(FleetRow::connector).containsOnly("Production");
    }

    private static SandboxServer connector(String password, int subaccounts) throws Exception {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-fleet"),
                "127.0.0.1", Duration.ZERO, false));
        try (SccClient first = new SccClient(new ConnectorEndpoint("localhost", server.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(server.certificateSha256()))) {
            first.changeInitialPassword(new Secret("manage"), new Secret(password));
            first.setHaRole("master");
        }
        server.seed(subaccounts);
        return server;
    }

    /** A connector with a container (on the engine named later), reached at the sandbox's port. */
    private static ConnectorProfile local(String name, SandboxServer server) {
        return new ConnectorProfile(name, "connector-console/sandbox:latest", "cc-test-fleet-" + name.toLowerCase(),
                server.port(), "https://localhost:" + server.port(), server.certificateSha256(), "Administrator");
    }

    private static ConnectorProfile profile(String name, SandboxServer server) {
        return ConnectorProfile.remote(name, "https://localhost:" + server.port(), "Administrator")
                .withPinnedSha256(server.certificateSha256());
    }
}
