package dev.connectorconsole.ui;

import dev.connectorconsole.app.AppEnvironment;

import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sandbox path in the real main window, against the real engine: build the sandbox image, start it, wait
 * until the connector answers, sign in through the forced password change, add a subaccount, see it connected on the
 * dashboard, read the container's log, stop the container.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxPathUiTest {
    private static final String GUID = "3c9d5f2e-8a41-4b7c-9e06-d1f2a3b4c5d6";
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "cc-test-path-" + id;
    private final String tag = "connector-console/sandbox:test-" + id;
    private final int port = PortCheck.nextFree(21000 + (int) (Math.random() * 3000));
    private final EngineConnection engine = EngineTestSupport.connect();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path config = Files.createTempDirectory("cc-sandbox-path");
        ConnectorProfile sandbox = new ConnectorProfile("Sandbox", tag, name, port, "https://localhost:" + port,
                null, null);
        SettingsStore store = new SettingsStore(config);
        store.save(AppSettings.defaults().withFirstRunDone(true).withProfiles(List.of(sandbox)));
        MainWindow.open(stage, AppEnvironment.fromSystem(config), store.load());
    }

    @AfterEach
    void removeEverything() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(30, TimeUnit.SECONDS);
        try {
            new ContainerManager(engine).remove(name, true);
        } catch (RuntimeException neverCreated) {
            // nothing to remove
        }
        TestImages.removeImage(engine, tag);
        engine.close();
    }

    @Test
    void fromAnEmptyEngineToAConnectedSubaccountAndBack(FxRobot robot) throws Exception {
        robot.clickOn("#nav-container");
        robot.clickOn("#build-sandbox");
        await("the sandbox image", 300, () -> label(robot, "#image-present").contains("is present"));

        robot.clickOn("#container-create");
        await("the connector to answer", 180, () -> label(robot, "#container-state").equals("Ready"));
        assertThat(label(robot, "#container-volumes")).as("the sandbox image keeps its state in one volume")
                .contains(name + "_scc → /opt/sap/scc").doesNotContain(name + "_scc_config");

        // The offer follows the container's readiness, which a slow ping can take back for a moment: wait until the
        // button itself is shown, as a user would, then click it.
        await("the offer to sign in", 30, () -> shown(robot.lookup("#container-sign-in").query()));
        robot.clickOn("#container-sign-in");
        assertThat(robot.lookup("#admin-url").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the sign-in opens on the new container's admin address").isEqualTo("https://localhost:" + port);
        robot.clickOn("#password").write("manage");
        robot.clickOn("#sign-in");
        await("the certificate to confirm", 60, () -> robot.lookup("#trust-certificate").tryQuery().isPresent());
        robot.clickOn("#trust-certificate");
        await("the forced password change", 60, () -> robot.lookup("#change-password").tryQuery().isPresent());
        assertThat(robot.lookup("#current-password").queryAs(javafx.scene.control.PasswordField.class).getText())
                .as("the password just typed at sign-in is the current one").isEqualTo("manage");
        robot.clickOn("#new-password").write("Path-test-1");
        robot.clickOn("#repeat-new-password").write("Path-test-1");
        robot.clickOn("#change-password");
        await("the role choice", 60, () -> robot.lookup("#make-master").tryQuery().isPresent());
        robot.clickOn("#make-master");
        await("the sign-in", 60, () -> label(robot, "#status-connector").equals("Connector: signed in"));
        await("the dashboard after sign-in", 10, () -> robot.lookup("#nav-dashboard")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected());

        robot.clickOn("#nav-container");
        assertThat(robot.lookup("#container-next-step").query().isVisible()).as("no sign-in offered once signed in")
                .isFalse();
        robot.clickOn("#nav-subaccounts");
        robot.clickOn("#region").write("cf.eu10.hana.ondemand.com");
        robot.clickOn("#subaccount-id").write("not-a-guid");
        assertThat(label(robot, "#subaccount-id-error")).contains("GUID");
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isTrue();
        replace(robot, "#subaccount-id", GUID);
        robot.clickOn("#subaccount-user").write("admin@example.com");
        robot.clickOn("#password").write("cloud-secret");
        Button save = robot.lookup("#save").queryButton();
        await("a valid form", 10, () -> !save.isDisabled());
        robot.clickOn(save);
        await("the subaccount saved", 60, () -> "Subaccount added.".equals(label(robot, "#form-message")));

        robot.clickOn("#nav-dashboard");
        await("the dashboard row", 60, () -> robot.lookup("#dashboard-table").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 1).orElse(false));
        await("the tunnel shown Connected", 60, () -> robot.lookup("#dashboard-table").lookup("Connected").tryQuery()
                .isPresent());

        robot.clickOn("#nav-logs");
        ListView<LogLine> log = robot.lookup("#log-list").queryListView();
        await("the container's log", 60, () -> !log.getItems().isEmpty());
        robot.clickOn("#log-search").write("listening");
        robot.clickOn("#log-filter");
        await("only matching lines", 30, () -> !log.getItems().isEmpty()
                && log.getItems().stream().allMatch(line -> line.text().contains("listening")));

        robot.clickOn("#nav-container");
        robot.clickOn("#container-stop");
        await("the container to stop", 90, () -> label(robot, "#container-state").equals("Stopped"));
        assertThat(new ContainerManager(engine).inspect(name)).get().extracting(s -> s.state()).isEqualTo("exited");
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).orElse("");
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
        assertThat(robot.lookup(query).queryAs(TextField.class).getText()).isEqualTo(text);
    }

    private static void await(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting for " + what, e);
        }
    }

    /** Whether the node and every node above it are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
