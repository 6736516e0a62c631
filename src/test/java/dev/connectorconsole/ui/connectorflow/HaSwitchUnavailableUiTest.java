package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.e2e.SandboxEngine;
import dev.connectorconsole.e2e.SandboxImages;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.engine.TlsEngineFront;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineMode;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.ha.ShadowSource;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * A pair whose roles cannot be switched, in a real window: the master runs on an engine the console takes for another
 * machine's (a TLS front on the Docker bridge gateway address in front of this machine's engine), its shadow is made
 * on this computer's engine with the admin port on 127.0.0.1 only. The shadow reaches the master's published port and
 * the pair works, but the master could never dial the shadow back after a switch: Switch roles stays off and the note
 * beside it says why and what to choose in Settings; shown anew from the saved profile, as after restarting the app,
 * it says so again.
 */
@ExtendWith(ApplicationExtension.class)
class HaSwitchUnavailableUiTest {
    private static final String HERE = "this-machine";
    private static final String REMOTE = "build-host";

    @RegisterExtension
    static final SandboxEngine sandbox = SandboxEngine.masterNamedOnly("ha-ui-noswitch");
    private static TlsEngineFront front;
    private static String gateway;
    private static int port;
    private final List<ConnectorProfile> added = new CopyOnWriteArrayList<>();
    private Stage stage;
    private ShadowOnNamedEngine shadowEngines;

    @RegisterExtension
    final HaScreenWindow window = new HaScreenWindow();

    @BeforeAll
    static void masterOnTheRemoteLookingEngine() throws Exception {
        String master = sandbox.master();
        gateway = sandbox.bridgeGateway();
        front = sandbox.startFrontOn(gateway);
        port = PortCheck.nextFree(gateway, 20143);
        try (EngineConnection remote = EngineConnection.open(front.endpoint())) {
            new ContainerManager(remote).run(ContainerSpec.connectorDefaults(master, sandbox.tag(), port)
                    .withLabels(TestImages.LABELS));
        }
        assertThat(sandbox.containers().adminPortAddresses(master)).as("published on the 'remote' engine's address")
                .containsExactly(gateway);
        SandboxImages.assertReady(gateway, port);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        EngineSettings remote = front.named(REMOTE).engine();
        shadowEngines = new ShadowOnNamedEngine(() -> remote, HERE, EngineSettings.automatic(),
                sandbox.master(), added::add);
        window.show(stage, SandboxConnector.signedIn("https://" + gateway + ":" + port), null,
                shadowEngines.source(), 900).closingAlso(shadowEngines);
    }

    @Test
    void aPairWithNoWayBackWorksButSwitchRolesStaysOffWithTheReasonBesideIt(FxRobot robot) throws Exception {
        String master = sandbox.master();
        HaPairScreenDriver ha = new HaPairScreenDriver(robot);
        ha.awaitThisConnectorAlone();
        ha.choose("#ha-shadow-engine", HERE);
        UiWait.until("the note for this computer's engine", () -> ha.text("#ha-engine-note")
                .contains("The shadow reaches " + master + " at " + gateway + ":" + port));

        ha.makePair(SandboxConnector.NEW_PASSWORD);
        ha.awaitPairedOrError();
        assertThat(ha.text("#ha-error")).isEmpty();
        UiWait.until("the shadow shown", () -> ha.text("#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(ha.text("#ha-this-instance")).startsWith("Master · CONNECTED");

        assertThat(robot.lookup("#ha-switch").queryButton().isDisabled()).isTrue();
        Label note = robot.lookup("#ha-switch-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        System.out.println("Beside Switch roles: " + note.getText());
        assertThat(note.getText()).startsWith("Roles cannot be switched for this pair")
                .contains(master).contains("published on 127.0.0.1 on engine '" + HERE + "'")
                .contains("Other machines too");

        assertTheNoteComesBackAfterARestart(robot, note.getText());
    }

    /**
     * The shadow's profile (the app gives the master's profile the same note) goes through the settings file; the
     * screen shown anew for the master, as after restarting the app, says the note again and keeps Switch roles off.
     */
    private void assertTheNoteComesBackAfterARestart(FxRobot robot, String shown) throws Exception {
        assertThat(added).singleElement().extracting(ConnectorProfile::haSwitchNote).isEqualTo(shown);
        Path config = Files.createTempDirectory("cc-test-ha-settings");
        new SettingsStore(config).save(AppSettings.defaults().withEngines(List.of(new NamedEngine(HERE,
                new EngineSettings(EngineMode.HOST, "unix:///var/run/docker.sock", false, null)))).withProfiles(List.of(added.get(0))));
        String kept = new SettingsStore(config).load().settings().profiles().get(0).haSwitchNote();
        Files.delete(new SettingsStore(config).file());
        Files.delete(config);
        ConnectorSession again = SandboxConnector.signedInAgain("https://" + gateway + ":" + port);
        ShadowSource before = shadowEngines.source();
        ShadowSource afterRestart = new ShadowSource(before.containers(), before.masterContainer(), before.passwords(),
                profile -> { }, () -> kept);
        robot.interact(() -> window.reopen(stage, again, afterRestart, 900));

        HaPairScreenDriver ha = new HaPairScreenDriver(robot);
        UiWait.until("the master read again", () -> ha.text("#ha-this-instance").startsWith("Master · CONNECTED"));
        UiWait.until("the note shown again", () -> shown.equals(ha.text("#ha-switch-note")));
        assertThat(robot.lookup("#ha-switch-note").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#ha-switch").queryButton().isDisabled()).isTrue();
    }
}
