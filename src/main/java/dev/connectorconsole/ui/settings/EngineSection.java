package dev.connectorconsole.ui.settings;

import java.io.File;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.settings.EngineMode;
import dev.connectorconsole.settings.EngineSettings;

/** "Docker engine": automatic or one address (tcp, unix, npipe, ssh), TLS certificates, and "Test engine". */
final class EngineSection {
    private EngineSection() {}

    static Node build(SettingsViewModel model, EngineTrialModel trial) {
        ToggleGroup mode = new ToggleGroup();
        RadioButton automatic = new RadioButton("Automatic — DOCKER_HOST, the current Docker context, or the default socket");
        automatic.setId("engine-automatic");
        automatic.setToggleGroup(mode);
        automatic.setMnemonicParsing(false);
        automatic.setUserData(EngineMode.AUTOMATIC);
        RadioButton host = new RadioButton("This engine:");
        host.setId("engine-host-mode");
        host.setToggleGroup(mode);
        host.setUserData(EngineMode.HOST);
        mode.selectToggle(model.engineModeProperty().get() == EngineMode.HOST ? host : automatic);
        model.engineModeProperty().addListener((obs, old, now) ->
                mode.selectToggle(now == EngineMode.HOST ? host : automatic));
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.engineModeProperty().set((EngineMode) now.getUserData());
            }
        });

        TextField hostField = new TextField();
        hostField.setId("engine-host");
        hostField.setPromptText("tcp://build-host:2376 or ssh://user@build-host");
        hostField.textProperty().bindBidirectional(model.engineHostProperty());
        CheckBox tls = new CheckBox("Verify TLS with client certificates");
        tls.setId("engine-tls");
        tls.selectedProperty().bindBidirectional(model.tlsVerifyProperty());
        TextField cert = new TextField();
        cert.setId("engine-cert-path");
        cert.setPromptText("Folder with ca.pem, cert.pem, key.pem");
        cert.textProperty().bindBidirectional(model.certPathProperty());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder with the engine's TLS certificates");
            File folder = chooser.showDialog(browse.getScene().getWindow());
            if (folder != null) {
                model.certPathProperty().set(folder.getAbsolutePath());
            }
        });
        HBox certRow = new HBox(8, cert, browse);
        HBox.setHgrow(cert, Priority.ALWAYS);

        VBox hostDetails = new VBox(6, hostField, SettingsScreen.message(model.hostMessageProperty(), "engine-host-message"),
                tls, certRow, SettingsScreen.message(model.certMessageProperty(), "engine-cert-message"));
        hostDetails.disableProperty().bind(host.selectedProperty().not());
        certRow.disableProperty().bind(tls.selectedProperty().not());
        hostDetails.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));

        VBox content = new VBox(8, automatic, host, hostDetails);
        if (trial != null) {
            content.getChildren().add(trialRow("engine-test", trial, model::engineInForm,
                    model.hostMessageProperty().isNotEmpty().or(model.certMessageProperty().isNotEmpty()),
                    model.engineModeProperty(), model.engineHostProperty(), model.tlsVerifyProperty(),
                    model.certPathProperty()));
        }
        return SettingsScreen.card("Docker engine", "Where containers are built and run: this computer's engine, another"
                + " host's over TLS (tcp://host:2376), or over ssh (ssh://user@host, with your ssh keys and known hosts).",
                content);
    }

    /** "Test engine" and what answered; the answer is cleared when one of {@code fields} changes. */
    static Node trialRow(String id, EngineTrialModel trial, Supplier<EngineSettings> engine,
                         ObservableBooleanValue invalid, Observable... fields) {
        Button test = new Button("Test engine", new FontIcon(Feather.ACTIVITY));
        test.setId(id);
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.disableProperty().bind(trial.testingProperty().or(javafx.beans.binding.BooleanExpression
                .booleanExpression(invalid)));
        test.setOnAction(e -> trial.test(engine.get()));
        Label result = new Label();
        result.setId(id + "-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(trial.resultProperty());
        FontIcon mark = new FontIcon();
        result.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> switch (trial.outcomeProperty().get()) {
            case ANSWERED -> mark(Feather.CHECK_CIRCLE, "icon-success");
            case FAILED -> mark(Feather.ALERT_CIRCLE, "icon-danger");
            case NONE -> null;
        }, trial.outcomeProperty()));
        for (Observable field : fields) {
            field.addListener(o -> trial.clear());
        }
        HBox row = new HBox(10, test, result);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);
        return row;
    }

    private static FontIcon mark(Feather icon, String styleClass) {
        FontIcon mark = new FontIcon(icon);
        mark.getStyleClass().add(styleClass);
        return mark;
    }
}
