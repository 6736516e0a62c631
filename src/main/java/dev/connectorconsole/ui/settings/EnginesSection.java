package dev.connectorconsole.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.ui.fx.WholeHeaders;

/** "Other engines": other hosts' engines, named, for connectors whose containers run there; add, test, remove. */
final class EnginesSection {
    private EnginesSection() {}

    static Node build(SettingsViewModel model, EngineTrialModel trial) {
        TableView<NamedEngine> table = new TableView<>(model.engines());
        table.setId("engines-table");
        WholeHeaders.of(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(120);
        table.setPlaceholder(new Label("No other engines. Add one below to run connectors on another host."));
        table.getColumns().add(column("Name", NamedEngine::name, 140));
        table.getColumns().add(column("Address", e -> e.engine().host(), 300));
        table.getColumns().add(column("TLS certificates", e -> e.engine().tlsVerify() ? e.engine().certPath() : "—", 200));
        TableColumn<NamedEngine, NamedEngine> remove = new TableColumn<>("");
        remove.setPrefWidth(50);
        remove.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        remove.setCellFactory(c -> new TableCell<>() {
            private final Button button = ProfilesSection.iconButton(Feather.TRASH_2, "Remove this engine from the list");

            @Override
            protected void updateItem(NamedEngine engine, boolean empty) {
                super.updateItem(engine, empty);
                if (empty || engine == null) {
                    setGraphic(null);
                    return;
                }
                button.setId("remove-engine-" + engine.name());
                button.setOnAction(e -> model.removeEngine(engine));
                setGraphic(button);
            }
        });
        table.getColumns().add(remove);

        VBox content = new VBox(8, table, addForm(model.newEngine(), model, trial),
                SettingsScreen.message(model.newEngine().message(), "new-engine-message"));
        return SettingsScreen.card("Other engines", "Engines on other hosts, for connectors whose containers run there."
                + " Choose each connector's engine under Connectors below; the switcher shows it.", content);
    }

    private static Node addForm(NewEngineForm form, SettingsViewModel model, EngineTrialModel trial) {
        TextField name = field("new-engine-name", "build-host", form.name());
        name.setPrefColumnCount(10);
        TextField host = field("new-engine-host", "ssh://user@build-host or tcp://build-host:2376", form.host());
        CheckBox tls = new CheckBox("TLS with client certificates in");
        tls.setId("new-engine-tls");
        tls.selectedProperty().bindBidirectional(form.tlsVerify());
        TextField certs = field("new-engine-cert-path", "Folder with ca.pem, cert.pem, key.pem", form.certPath());
        certs.disableProperty().bind(tls.selectedProperty().not());
        Button add = new Button("Add engine", new FontIcon(Feather.PLUS));
        add.setId("new-engine-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.addEngine());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name, new Label("Address"), host);
        grid.addRow(1, new Label(""), tls, new Label(""), certs);
        GridPane.setHgrow(host, Priority.ALWAYS);
        HBox actions = new HBox(10, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (trial != null) {
            Node test = EngineSection.trialRow("new-engine-test", trial, form::asTyped, form.host().isEmpty(),
                    form.host(), form.tlsVerify(), form.certPath());
            HBox.setHgrow(test, Priority.ALWAYS);
            actions.getChildren().add(test);
        }
        return new VBox(6, grid, actions);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TableColumn<NamedEngine, String> column(String title,
            java.util.function.Function<NamedEngine, String> value, double width) {
        TableColumn<NamedEngine, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}
