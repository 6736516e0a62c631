package dev.connectorconsole.ui.settings;

import dev.connectorconsole.ui.fx.WholeHeaders;
import java.io.File;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineMode;
import dev.connectorconsole.settings.Theme;
import dev.connectorconsole.ui.shell.Banner;
import dev.connectorconsole.ui.shell.Screen;

/** Engine, connector profiles, appearance and log settings, with messages next to the fields. */
public final class SettingsScreen implements Screen {
    public static final String TITLE = "Settings";
    public static final Ikon ICON = Feather.SETTINGS;

    private final SettingsViewModel model;
    private Node view;

    public SettingsScreen(SettingsViewModel model) {
        this.model = model;
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    @Override
    public void activate() {
        model.revert();
    }

    @Override
    public void refresh() {
        model.revert();
    }

    private Node build() {
        Label title = new Label("Settings");
        title.getStyleClass().add("screen-title");

        Banner warning = new Banner(Banner.Kind.WARNING);
        warning.setId("settings-load-warning");
        warning.title().setText("Your saved settings could not be used");
        warning.text().textProperty().bind(model.loadWarningProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-load-warning");
        dismiss.setOnAction(e -> model.dismissLoadWarning());
        warning.withActions(dismiss);
        warning.visibleProperty().bind(model.loadWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        Button save = new Button("Save", new FontIcon(Feather.CHECK));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.validProperty().not().or(model.savingProperty()));
        save.setOnAction(e -> model.save());
        Button revert = new Button("Revert");
        revert.setId("settings-revert");
        revert.setOnAction(e -> model.revert());
        Label saveMessage = new Label();
        saveMessage.setId("settings-save-message");
        saveMessage.getStyleClass().add("text-muted");
        saveMessage.textProperty().bind(model.saveMessageProperty());
        HBox actions = new HBox(10, save, revert, saveMessage);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(16, title, warning, engineSection(), AdminReachSection.build(model), appearanceSection(),
                BackupsSection.build(model), NotificationsSection.build(model), profilesSection());
        page.getStyleClass().add("screen");
        page.setMaxWidth(980);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        actions.getStyleClass().add("action-bar");
        return new javafx.scene.layout.BorderPane(scroll, null, null, actions, null);
    }

    private Node engineSection() {
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
        hostField.setPromptText("tcp://build-host:2376");
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

        VBox hostDetails = new VBox(6, hostField, message(model.hostMessageProperty(), "engine-host-message"), tls,
                certRow, message(model.certMessageProperty(), "engine-cert-message"));
        hostDetails.disableProperty().bind(host.selectedProperty().not());
        certRow.disableProperty().bind(tls.selectedProperty().not());
        hostDetails.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));

        return card("Docker engine", "Where containers are built and run.", new VBox(8, automatic, host, hostDetails));
    }

    private Node profilesSection() {
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
        return card("Connectors", "Removing a connector here keeps its container and volumes.", table);
    }

    private Node appearanceSection() {
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("theme-light");
        light.setToggleGroup(themes);
        light.setUserData(Theme.LIGHT);
        RadioButton dark = new RadioButton("Dark");
        dark.setId("theme-dark");
        dark.setToggleGroup(themes);
        dark.setUserData(Theme.DARK);
        themes.selectToggle(model.themeProperty().get() == Theme.DARK ? dark : light);
        model.themeProperty().addListener((obs, old, now) -> themes.selectToggle(now == Theme.DARK ? dark : light));
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.themeProperty().set((Theme) now.getUserData());
            }
        });

        TextField buffer = new TextField();
        buffer.setId("log-buffer-lines");
        buffer.setPrefColumnCount(10);
        buffer.textProperty().bindBidirectional(model.logBufferLinesProperty());
        TextField refresh = new TextField();
        refresh.setId("refresh-seconds");
        refresh.setPrefColumnCount(10);
        refresh.textProperty().bindBidirectional(model.refreshSecondsProperty());

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(200), new ColumnConstraints());
        grid.addRow(0, new Label("Theme"), new HBox(16, light, dark));
        grid.addRow(1, new Label("Log lines kept in memory"), buffer);
        grid.add(message(model.bufferMessageProperty(), "log-buffer-message"), 1, 2);
        grid.addRow(3, new Label("Refresh every (seconds)"), refresh);
        grid.add(message(model.refreshMessageProperty(), "refresh-message"), 1, 4);
        return card("Appearance and behaviour", "", grid);
    }

    static Label message(ReadOnlyStringProperty text, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-message");
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static VBox card(String title, String subtitle, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox card = new VBox(10, heading);
        if (!subtitle.isEmpty()) {
            Label sub = new Label(subtitle);
            sub.getStyleClass().add("text-muted");
            sub.setWrapText(true);
            card.getChildren().add(sub);
        }
        card.getChildren().add(content);
        card.getStyleClass().add("card");
        return card;
    }

    private static TableColumn<ConnectorProfile, String> column(String title,
            java.util.function.Function<ConnectorProfile, String> value, double width) {
        TableColumn<ConnectorProfile, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    private static Button iconButton(Feather icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(tip));
        return button;
    }

}
