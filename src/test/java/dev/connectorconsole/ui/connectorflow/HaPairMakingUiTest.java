package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.HaPairMaker;
import dev.connectorconsole.e2e.SandboxEngine;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.ha.ShadowSource;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Make a high-availability pair" on the High availability screen in a real window, against a sandbox master container
 * on the real engine: without a password (none remembered) it says so; with it the shadow container is made step by
 * step, listed as a profile, shown READY; when the master container stops the screen shows the shadow as master and
 * a notification says it took over; when the old master's container starts again the screen shows it as the READY
 * shadow of the connected new master, with no second notification.
 */
@ExtendWith(ApplicationExtension.class)
class HaPairMakingUiTest {
    @RegisterExtension
    static final SandboxEngine sandbox = SandboxEngine.masterPerClass("ha-ui", 19843);

    private final List<ConnectorProfile> added = new CopyOnWriteArrayList<>();
    private final RecordedNotes notes = new RecordedNotes();

    @RegisterExtension
    final HaScreenWindow window = new HaScreenWindow();

    @Start
    void start(Stage stage) {
        ContainerNetworks networks = new ContainerNetworks(sandbox.engine());
        ShadowSource source = new ShadowSource((request, client, progress) -> new HaPairMaker(sandbox.containers(),
                networks, sandbox.loopbackHost(), Duration.ofSeconds(90)).make(request, client, progress),
                () -> Optional.of(sandbox.master()), HaScreenWindow.secretsInMemory(), added::add);
        String url = "https://" + sandbox.loopbackHost() + ":" + sandbox.port();
        window.show(stage, SandboxConnector.signedIn(url), notes, source, 800);
    }

    @Test
    void theConsoleMakesTheShadowContainerAndTellsWhenItTakesOver(FxRobot robot) {
        String master = sandbox.master();
        HaPairScreenDriver ha = new HaPairScreenDriver(robot);
        ha.awaitThisConnectorAlone();
        ha.setQuickChecks();
        robot.clickOn("#ha-make");
        UiWait.until("no password named", () -> ha.text("#ha-error").contains("Type this connector's password"));
        assertThat(sandbox.containers().inspect(master + "-shadow")).isEmpty();

        ha.set("#ha-master-password", SandboxConnector.NEW_PASSWORD);
        robot.clickOn("#ha-make");
        UiWait.until("a step shown", () -> !ha.text("#ha-make-progress").isEmpty());
        assertThat(robot.lookup("#ha-make").queryButton().isDisabled()).isTrue();
        ha.awaitPaired();
        assertThat(ha.text("#ha-other-instance")).startsWith("Shadow · READY");
        assertThat(ha.text("#ha-this-instance")).startsWith("Master · CONNECTED · shadow " + master + "-shadow");
        assertThat(ha.text("#ha-error")).isEmpty();
        assertThat(added).singleElement().satisfies(p -> {
            assertThat(p.container()).isEqualTo(master + "-shadow");
            assertThat(p.pinnedSha256()).isNotBlank();
        });

        sandbox.containers().stop(master);
        ha.awaitTakeoverShown();
        UiWait.until("the takeover told", () -> notes.shown().contains("Shadow took over: " + master + "-shadow is master now"));
        assertThat(notes.shown()).hasSize(1);

        sandbox.containers().start(master);
        HaPairScreenDriver.awaitLong("the old master shown as the shadow of the new one",
                () -> ha.text("#ha-this-instance").startsWith("Shadow · READY")
                        && ha.text("#ha-other-instance").startsWith("Master · CONNECTED"));
        assertThat(notes.shown()).as("the old master becoming shadow is no second takeover").hasSize(1);
    }
}
