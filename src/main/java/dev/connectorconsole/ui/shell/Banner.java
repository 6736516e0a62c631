package dev.connectorconsole.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A coloured strip with an icon, a bold title, an explanation and optional action buttons. */
public final class Banner extends HBox {
    /** Colour family, applied through a CSS class. */
    public enum Kind { INFO, WARNING, DANGER }

    private final Label title = new Label();
    private final Label text = new Label();
    private final HBox actions = new HBox(8);

    public Banner(Kind kind) {
        getStyleClass().addAll("banner", "banner-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        Feather icon = switch (kind) {
            case INFO -> Feather.INFO;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case DANGER -> Feather.ALERT_OCTAGON;
        };
        title.getStyleClass().add("banner-title");
        title.setWrapText(true);
        text.setWrapText(true);
        VBox body = new VBox(4, title, text, actions);
        HBox.setHgrow(body, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(new FontIcon(icon), body);
    }

    public Label title() {
        return title;
    }

    public Label text() {
        return text;
    }

    public Banner withActions(Node... nodes) {
        actions.getChildren().setAll(nodes);
        actions.setVisible(nodes.length > 0);
        actions.setManaged(nodes.length > 0);
        return this;
    }
}
