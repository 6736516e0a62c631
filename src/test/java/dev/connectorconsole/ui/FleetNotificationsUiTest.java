package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.AlertThresholds;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.settings.NotificationChoices;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.ControlsFxNotifier;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The background watch in a real window against the sandbox over HTTPS, read every second: with its certificates
 * within the connector's threshold an "expiring" notification shows at the first reading; a tunnel lost after it
 * raises an Error alert that pops up as a notification, unless "Notify about new alerts" is off, when only the tunnel
 * drop is told.
 */
@ExtendWith(ApplicationExtension.class)
class FleetNotificationsUiTest {
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private final AtomicReference<NotificationChoices> choices = new AtomicReference<>(NotificationChoices.allOn());
    private SandboxServer sandbox;
    private SccClient admin;
    private ConnectorProfile profile;
    private CompletableFuture<SecretStore> passwords;
    private FleetNotifications watch;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sandbox = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-ui-notify"), "127.0.0.1",
                Duration.ZERO, false));
        Secret password = new Secret("Notify-Fleet-1");
        admin = new SccClient(new ConnectorEndpoint("localhost", sandbox.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(sandbox.certificateSha256()));
        admin.changeInitialPassword(new Secret("manage"), password);
        admin.setHaRole("master");
        sandbox.seed(2);
        AlertThresholds normal = admin.settings().alertThresholds();
        admin.settings().setAlertThresholds(new AlertThresholds(normal.cpuLoad(), normal.cpuLoadViolationToleranceSec(),
                normal.freeDiskSpaceMb(), 400));
        InMemorySecretStore store = new InMemorySecretStore("test");
        store.put(AdminPasswordKeys.of("localhost", sandbox.port(), "Administrator"), password);
        passwords = CompletableFuture.completedFuture(store);
        profile = ConnectorProfile.remote("Plant Bremen", "https://localhost:" + sandbox.port(), "Administrator")
                .withPinnedSha256(sandbox.certificateSha256());
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (watch != null) {
                watch.close();
            }
            stage.hide();
        }).get(10, TimeUnit.SECONDS);
        tasks.close();
        admin.close();
        sandbox.close();
    }

    @Test
    void aNewAlertPopsUpAsANotification(FxRobot robot) throws Exception {
        String lost = watchAndLoseATunnel(robot);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown(robot, "Error on Plant Bremen"));
        assertThat(shown(robot, "Plant Bremen: Tunnel to subaccount " + lost + " was lost. Open its subaccount on the"
                + " Subaccounts screen and connect it again.")).isTrue();
    }

    @Test
    void withNewAlertsSwitchedOffOnlyTheTunnelDropIsTold(FxRobot robot) throws Exception {
        choices.set(new NotificationChoices(true, false, true));
        watchAndLoseATunnel(robot);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown(robot, "Tunnel down"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "Error on Plant Bremen")).as("the alert came with the same reading").isFalse();
        assertThat(shown(robot, "was lost")).isFalse();
    }

    /** Starts the watch, waits for its first reading and loses a tunnel; returns its alert's entity. */
    private String watchAndLoseATunnel(FxRobot robot) throws Exception {
        robot.interact(() -> {
            watch = new FleetNotifications(() -> List.of(profile), choices::get, passwords, tasks,
                    new ControlsFxNotifier(() -> stage), Duration.ofSeconds(1));
            watch.start();
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown(robot, "The UI certificate of Plant Bremen expires in"));
        SubaccountSummary connected = admin.subaccounts().stream().filter(s -> admin.subaccount(s.regionHost(),
                s.subaccount()).tunnel().state() == TunnelState.CONNECTED).findFirst().orElseThrow();
        sandbox.dropTunnel(connected.regionHost(), connected.subaccount());
        return connected.subaccount() + "@" + connected.regionHost();
    }

    private static boolean shown(FxRobot robot, String text) {
        return !robot.lookup((Node node) -> node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().contains(text) && node.getScene() != null && node.getScene().getWindow().isShowing())
                .queryAll().isEmpty();
    }
}
