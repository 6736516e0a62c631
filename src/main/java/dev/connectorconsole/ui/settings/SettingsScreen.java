package dev.connectorconsole.ui.settings;

import java.util.function.Supplier;

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
    private final Supplier<EngineTrialModel> engineTrials;
    private Node view;

    /** Without "Test engine". */
    public SettingsScreen(SettingsViewModel model) {
        this(model, null);
    }

    /** @param engineTrials a new "Test engine" model for each engine form */
    public SettingsScreen(SettingsViewModel model, Supplier<EngineTrialModel> engineTrials) {
        this.model = model;
        this.engineTrials = engineTrials;
    }

    private EngineTrialModel trial() {
        return engineTrials == null ? null : engineTrials.get();
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

        VBox page = new VBox(16, title, warning, EngineSection.build(model, trial()), AdminReachSection.build(model),
                appearanceSection(), BackupsSection.build(model), NotificationsSection.build(model),
                EnginesSection.build(model, trial()), ProfilesSection.build(model));
        page.getStyleClass().add("screen");
        page.setMaxWidth(980);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        actions.getStyleClass().add("action-bar");
        return new javafx.scene.layout.BorderPane(scroll, null, null, actions, null);
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


}
