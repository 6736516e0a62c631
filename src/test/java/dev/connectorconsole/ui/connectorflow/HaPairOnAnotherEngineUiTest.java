package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.e2e.SandboxEngine;
import dev.connectorconsole.engine.TlsEngineFront;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Make a high-availability pair" with the shadow on a second engine from Settings (a TLS front requiring a client
 * certificate in front of this machine's engine), in a real window: the engine combo offers it, the note says the
 * shadow dials host.docker.internal and the master is recreated to publish on the bridge gateway too, before anything
 * changes; then the pair is made, the shadow is listed on that engine, the roles switch and switch back, and the
 * shadow takes over when the master stops.
 */
@ExtendWith(ApplicationExtension.class)
class HaPairOnAnotherEngineUiTest {
    private static final String SECOND = "second-engine";

    @RegisterExtension
    static final SandboxEngine sandbox = SandboxEngine.masterPerClass("ha-ui-across", 20043);
    private static TlsEngineFront front;
    private static String gateway;

    private final List<ConnectorProfile> added = new CopyOnWriteArrayList<>();
    private final RecordedNotes notes = new RecordedNotes();

    @RegisterExtension
    final HaScreenWindow window = new HaScreenWindow();

    @BeforeAll
    static void secondEngine() throws Exception {
        gateway = sandbox.bridgeGateway();
        front = sandbox.startFront();
    }

    @Start
    void start(Stage stage) throws Exception {
        ShadowOnNamedEngine shadowEngines = new ShadowOnNamedEngine(EngineSettings::automatic, SECOND, front.named(SECOND).engine(),
                sandbox.master(), added::add);
        String url = "https://" + sandbox.loopbackHost() + ":" + sandbox.port();
        window.show(stage, SandboxConnector.signedIn(url), notes, shadowEngines.source(), 900)
                .closingAlso(shadowEngines);
    }

    @Test
    void theShadowIsMadeOnTheChosenEngineAfterTheNoteSaysHowItReachesTheMaster(FxRobot robot) throws Exception {
        String master = sandbox.master();
        HaPairScreenDriver ha = new HaPairScreenDriver(robot);
        ha.awaitThisConnectorAlone();
        ComboBox<?> engines = robot.lookup("#ha-shadow-engine").queryAs(ComboBox.class);
        assertThat(engines.getItems()).extracting(Object::toString).containsExactly("This connector's engine", SECOND);
        assertThat(ha.text("#ha-engine-note")).contains("network " + master + "-ha");

        ha.choose("#ha-shadow-engine", SECOND);
        UiWait.until("the note for the second engine", () -> ha.text("#ha-engine-note")
                .contains("host.docker.internal:" + sandbox.port()));
        String note = ha.text("#ha-engine-note");
        System.out.println("Note shown: " + note);
        assertThat(note).contains("engine '" + SECOND + "'").contains("published on 127.0.0.1 only")
                .contains("recreated to publish it also on " + gateway).contains("keeps its volumes, options and configuration");
        assertThat(sandbox.containers().adminPortAddresses(master)).as("nothing changed yet").containsExactly("127.0.0.1");

        ha.makePair(SandboxConnector.NEW_PASSWORD);
        ha.awaitPaired();
        assertThat(ha.text("#ha-make-progress")).contains("on engine '" + SECOND + "'");
        assertThat(ha.text("#ha-error")).isEmpty();
        UiWait.until("the shadow shown", () -> ha.text("#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(ha.text("#ha-this-instance")).startsWith("Master · CONNECTED");
        assertThat(added).singleElement().satisfies(p -> {
            assertThat(p.container()).isEqualTo(master + "-shadow");
            assertThat(p.engine()).isEqualTo(SECOND);
        });
        assertThat(sandbox.containers().adminPortAddresses(master)).containsExactly("127.0.0.1", gateway);
        assertThat(front.connections()).as("made through the second engine").isPositive();

        assertThat(robot.lookup("#ha-switch").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#ha-switch-note").queryAs(Label.class).isVisible()).isFalse();
        long asked = System.nanoTime();
        robot.clickOn("#ha-switch");
        UiWait.until("the roles switched", () -> ha.text("#ha-other-instance").startsWith("Master · CONNECTED")
                && ha.text("#ha-this-instance").startsWith("Shadow · READY"));
        System.out.printf("Switch across engines shown on the screen %d ms after the click (check interval 1 s)%n",
                (System.nanoTime() - asked) / 1_000_000);
        UiWait.until("switching back offered", () -> !robot.lookup("#ha-switch").queryButton().isDisabled());
        robot.clickOn("#ha-switch");
        UiWait.until("the roles back", () -> ha.text("#ha-this-instance").startsWith("Master · CONNECTED")
                && ha.text("#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(notes.shown()).as("a switch asked for is no takeover").noneMatch(n -> n.startsWith("Shadow took over"));

        long stopIssued = System.nanoTime();
        sandbox.containers().stop(master);
        ha.awaitTakeoverShown();
        System.out.printf("Takeover shown on the screen %d ms after the master's stop was issued (delay 2 s, check 1 s,"
                + " screen read every %d s)%n", (System.nanoTime() - stopIssued) / 1_000_000, 2);
        UiWait.until("the takeover told", () -> notes.shown().contains("Shadow took over: " + master + "-shadow is master now"));
    }
}
