package dev.connectorconsole.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's layout: navigation on the left, the current screen in the middle, status along the bottom. */
public final class ShellView extends BorderPane {
    private final Navigation navigation;
    private final StackPane content = new StackPane();
    private final List<ToggleButton> navButtons = new ArrayList<>();

    public ShellView(Navigation navigation, StatusModel status, ConnectorSwitcher switcher, Runnable toggleTheme) {
        this.navigation = navigation;
        getStyleClass().add("shell");
        content.getStyleClass().add("shell-content");
        setLeft(sidebar(switcher, toggleTheme));
        setCenter(content);
        setBottom(new StatusBarView(status));
        navigation.selectedProperty().addListener((obs, old, index) -> showScreen(index.intValue()));
        showScreen(navigation.selectedProperty().get());
    }

    private VBox sidebar(ConnectorSwitcher switcher, Runnable toggleTheme) {
        ImageView logo = new ImageView(new Image(ShellView.class.getResourceAsStream("/dev/connectorconsole/ui/icon-64.png")));
        logo.setFitWidth(28);
        logo.setFitHeight(28);
        logo.setSmooth(true);
        Label name = new Label("Connector\nConsole");
        name.getStyleClass().add("brand-name");
        HBox brand = new HBox(10, logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("brand");
        brand.setId("nav-start");
        brand.setOnMouseClicked(e -> navigation.showStart());
        Tooltip.install(brand, new Tooltip("Start page"));

        ToggleGroup group = new ToggleGroup();
        VBox items = new VBox(2);
        List<Screen> screens = navigation.screens();
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            ToggleButton button = new ToggleButton(screen.title(), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.title().toLowerCase(Locale.ROOT).replace(' ', '-'));
            button.getStyleClass().add("nav-item");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(screen.title() + "  (Ctrl+" + (i + 1) + ")"));
            int index = i;
            button.setOnAction(e -> {
                navigation.show(index);
                button.setSelected(true);
            });
            navButtons.add(button);
            items.getChildren().add(button);
        }

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button("Light / dark", new FontIcon(Feather.MOON));
        theme.setId("toggle-theme");
        theme.getStyleClass().addAll("nav-item", "flat");
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.setAlignment(Pos.CENTER_LEFT);
        theme.setOnAction(e -> toggleTheme.run());

        VBox sidebar = new VBox(14, brand, switcher, items, spacer, theme);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(16, 10, 12, 10));
        sidebar.setPrefWidth(212);
        return sidebar;
    }

    private void showScreen(int index) {
        Screen screen = navigation.screenAt(index);
        if (screen == null) {
            return;
        }
        content.getChildren().setAll(screen.view());
        if (index >= 0) {
            navButtons.get(index).setSelected(true);
        } else {
            navButtons.forEach(b -> b.setSelected(false));
        }
    }
}
