package dev.connectorconsole.ui.settings;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.ui.fx.WholeHeaders;

/** "Connectors": the profiles, the engine each one's container runs on, forgetting a certificate, removing one. */
final class ProfilesSection {
    private ProfilesSection() {}

    static Node build(SettingsViewModel model) {
        TableView<ConnectorProfile> table = new TableView<>(model.profiles());
        table.setId("profiles-table");
        WholeHeaders.of(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(170);
        table.setPlaceholder(new Label("No connectors yet. Add one from the start page."));
        table.getColumns().add(column("Name", ConnectorProfile::name, 110));
        table.getColumns().add(column("Image", ConnectorProfile::image, 150));
        table.getColumns().add(column("Container", ConnectorProfile::container, 110));
        table.getColumns().add(column("Port", p -> String.valueOf(p.hostPort()), 60));
        table.getColumns().add(engineColumn(model));
        table.getColumns().add(column("Admin address", ConnectorProfile::adminUrl, 170));
        TableColumn<ConnectorProfile, String> pin = column("Trusted certificate (SHA-256)",
                p -> p.pinnedSha256() == null ? "not pinned" : p.pinnedSha256(), 200);
        pin.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null ? null : new Tooltip(value));
                getStyleClass().remove("mono");
                if (!empty) {
                    getStyleClass().add("mono");
                }
            }
        });
        table.getColumns().add(pin);
        TableColumn<ConnectorProfile, ConnectorProfile> actions = new TableColumn<>("");
        actions.setPrefWidth(90);
        actions.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        actions.setCellFactory(c -> new TableCell<>() {
            private final Button forget = iconButton(Feather.UNLOCK, "Forget the trusted certificate");
            private final Button remove = iconButton(Feather.TRASH_2, "Remove this connector from the list");
            private final HBox box = new HBox(4, forget, remove);

            @Override
            protected void updateItem(ConnectorProfile profile, boolean empty) {
                super.updateItem(profile, empty);
                if (empty || profile == null) {
                    setGraphic(null);
                    return;
                }
                forget.setDisable(profile.pinnedSha256() == null);
                forget.setOnAction(e -> model.forgetFingerprint(profile));
                remove.setOnAction(e -> model.removeProfile(profile));
                remove.setId("remove-profile-" + profile.name());
                setGraphic(box);
            }
        });
        table.getColumns().add(actions);
        return SettingsScreen.card("Connectors", "Removing a connector here keeps its container and volumes. Its engine is"
                + " where its container runs: choosing another one moves nothing, it says where to find the container.",
                table);
    }


    private static TableColumn<ConnectorProfile, ConnectorProfile> engineColumn(SettingsViewModel model) {
        TableColumn<ConnectorProfile, ConnectorProfile> engine = new TableColumn<>("Engine");
        engine.setPrefWidth(150);
        engine.setMinWidth(140);
        engine.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        engine.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<String> choice = new ComboBox<>();

            @Override
            protected void updateItem(ConnectorProfile profile, boolean empty) {
                super.updateItem(profile, empty);
                if (empty || profile == null || profile.isRemote()) {
                    setGraphic(null);
                    setText(empty || profile == null ? null : "—");
                    return;
                }
                List<String> names = new ArrayList<>();
                names.add(NamedEngine.DEFAULT_NAME);
                model.engines().forEach(e -> names.add(e.name()));
                choice.setOnAction(null);
                choice.getItems().setAll(names);
                choice.setValue(profile.engineShown());
                choice.setId("profile-engine-" + profile.name());
                choice.setMaxWidth(Double.MAX_VALUE);
                choice.setOnAction(e -> {
                    if (choice.getValue() != null && !choice.getValue().equals(profile.engineShown())) {
                        model.setProfileEngine(profile, choice.getValue());
                    }
                });
                setText(null);
                setGraphic(choice);
            }
        });
        model.engines().addListener((javafx.collections.ListChangeListener<NamedEngine>) change -> engine.getTableView()
                .refresh());
        return engine;
    }

    private static TableColumn<ConnectorProfile, String> column(String title,
            java.util.function.Function<ConnectorProfile, String> value, double width) {
        TableColumn<ConnectorProfile, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    static Button iconButton(Feather icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
