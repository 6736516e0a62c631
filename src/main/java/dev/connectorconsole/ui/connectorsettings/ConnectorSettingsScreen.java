package dev.connectorconsole.ui.connectorsettings;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.shell.Screen;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Connector-wide settings in tabs: proxy, principal propagation rules, log and trace levels, alert thresholds. */
public final class ConnectorSettingsScreen implements Screen {
    public static final String TITLE = "Connector settings";
    public static final Ikon ICON = Feather.SLIDERS;

    private final ConnectorSettingsViewModel model;
    private final VBox root = new VBox(8);

    public ConnectorSettingsScreen(ConnectorSettingsViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        root.setPadding(new Insets(16));
        root.getStyleClass().add("connector-settings-screen");
        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label busy = new Label();
        busy.setId("connector-settings-busy");
        busy.textProperty().bind(model.busyTextProperty());
        Label problem = new Label();
        problem.setId("connector-settings-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        TabPane tabs = new TabPane(
                tab("Proxy", ProxyPane.build(model)),
                tab("Principal propagation", RulesPane.build(model)),
                tab("Log and trace", LevelsPane.build(model)),
                tab("Alert thresholds", ThresholdsPane.build(model)));
        tabs.setId("connector-settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(new HBox(8, title, spacer, busy), problem, tabs);
    }

    private static Tab tab(String text, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab tab = new Tab(text, scroll);
        tab.setId("tab-" + text.toLowerCase().replaceAll("[^a-z]+", "-"));
        return tab;
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }

    @Override
    public void activate() {
        model.load();
    }

    @Override
    public void refresh() {
        model.load();
    }
}
