package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.engine.TlsEngineFront;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.settings.SettingsStore;

/**
 * Two connectors on two engines: "Near" on the default engine, "Far" on an engine named far-host, a TLS engine that
 * requires a client certificate. The window talks to the engine of the connector it shows, and says which.
 */
@ExtendWith(ApplicationExtension.class)
class EnginePerConnectorUiTest {
    private TlsEngineFront far;
    private Stage stage;
    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        config = Files.createTempDirectory("cc-engines");
        far = TlsEngineFront.start(config.resolve("far-certs"));
        NamedEngine farHost = far.named("far-host");
        ConnectorProfile near = new ConnectorProfile("Near", ContainerTarget.SANDBOX_IMAGE, "cc-test-near-absent", 18443,
                "https://localhost:18443", null, "Administrator");
        ConnectorProfile farOne = new ConnectorProfile("Far", ContainerTarget.SANDBOX_IMAGE, "cc-test-far-absent", 18444,
                "https://localhost:18444", null, "Administrator").withEngine("far-host");
        new SettingsStore(config).save(AppSettings.defaults().withEngines(List.of(farHost))
                .withProfiles(List.of(near, farOne)).withSelectedProfile("Near").withFirstRunDone(true));
        MainWindow.open(stage, new AppEnvironment(System.getenv(), config, Files.createTempDirectory("cc-engines-d")),
                new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        far.close();
    }

    @Test
    void switchingToAConnectorOnAnotherEngineSwitchesTheEngineAndTheSwitcherNamesIt(FxRobot robot) throws Exception {
        Label engine = robot.lookup("#status-engine").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engine.getText().contains(" — Docker "));
        assertThat(engine.getText()).doesNotContain(far.endpoint().host().toString());
        assertThat(far.connections()).as("Near's engine is not far-host").isZero();

        robot.clickOn("#connector-switcher");
        assertThat(robot.lookup(".list-cell .label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("container cc-test-far-absent · port 18444 · on far-host");
        robot.clickOn(robot.lookup(".list-cell").lookup((Label l) -> "Far".equals(l.getText())).queryAs(Label.class));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engine.getText()
                .startsWith("Engine: " + far.endpoint().host() + " (engine 'far-host') — Docker "));
        assertThat(far.connections()).as("the far engine was asked, through its TLS front").isPositive();
        robot.clickOn("#nav-container");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#container-reason").tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText().equals("There is no connector container."))
                .orElse(false));
    }
}
