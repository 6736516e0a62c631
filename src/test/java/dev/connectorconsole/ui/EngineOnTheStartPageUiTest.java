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
import dev.connectorconsole.engine.TlsEngineFront;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.settings.SettingsStore;

/**
 * A first start with one other engine in Settings (far-host, a TLS engine requiring a client certificate): the start
 * page offers where the new connector runs, and the sandbox chosen there is made on that engine.
 */
@ExtendWith(ApplicationExtension.class)
class EngineOnTheStartPageUiTest {
    private TlsEngineFront far;
    private Stage stage;
    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        config = Files.createTempDirectory("cc-engines-start");
        far = TlsEngineFront.start(config.resolve("far-certs"));
        NamedEngine farHost = far.named("far-host");
        new SettingsStore(config).save(AppSettings.defaults().withEngines(List.of(farHost)));
        MainWindow.open(stage, new AppEnvironment(System.getenv(), config, Files.createTempDirectory("cc-engines-d")),
                new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        far.close();
    }

    @Test
    void onTheStartPageANewConnectorIsPutOnTheEngineChosenThere(FxRobot robot) throws Exception {
        Label engineLine = robot.lookup("#engine-line").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engineLine.getText().startsWith("Docker engine: "));
        assertThat(engineLine.getText()).doesNotContain(far.endpoint().host().toString());

        robot.clickOn("#new-connector-engine");
        robot.clickOn(robot.lookup(".list-cell").lookup((javafx.scene.control.ListCell<?> c) -> "far-host"
                .equals(c.getText())).queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engineLine.getText()
                .equals("Docker engine: " + far.endpoint().host() + " (engine 'far-host')"));
        robot.clickOn("#path-sandbox");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new SettingsStore(config).load().settings().profiles()
                .stream().anyMatch(p -> p.name().equals("Sandbox")));
        ConnectorProfile made = new SettingsStore(config).load().settings().profiles().get(0);
        assertThat(made.engine()).isEqualTo("far-host");
        assertThat(robot.lookup("#connector-switcher .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(text -> text.endsWith(" · on far-host"));
        Label engine = robot.lookup("#status-engine").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engine.getText()
                .startsWith("Engine: " + far.endpoint().host() + " (engine 'far-host') — Docker "));
    }
}
