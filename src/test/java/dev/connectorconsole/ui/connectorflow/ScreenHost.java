package dev.connectorconsole.ui.connectorflow;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.connectorconsole.ui.shell.Screen;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * A stand-in for the app shell in tests and screenshots: one button per screen, activate/deactivate on switch,
 * the AtlantaFX theme as user-agent stylesheet.
 */
final class ScreenHost {
    private final BorderPane root = new BorderPane();
    private final HBox nav = new HBox(6);
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private Screen current;

    ScreenHost(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        nav.setStyle("-fx-padding: 6px 10px;");
        root.setTop(nav);
    }

    ScreenHost add(String id, Screen screen) {
        screens.put(id, screen);
        Button button = new Button(screen.title());
        button.setId("nav-" + id);
        button.setOnAction(e -> show(id));
        nav.getChildren().add(button);
        return this;
    }

    void show(String id) {
        Screen next = screens.get(id);
        if (current == next) {
            return;
        }
        if (current != null) {
            current.deactivate();
        }
        current = next;
        root.setCenter(next.view());
        next.activate();
    }

    Screen current() {
        return current;
    }

    void showIn(Stage stage, double width, double height) {
        stage.setScene(new Scene(root, width, height));
        stage.setTitle("Connector Console");
        stage.show();
    }

    /** Writes what the window shows to a PNG (call on the FX thread). */
    static void snapshot(Scene scene, Path file) {
        BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
