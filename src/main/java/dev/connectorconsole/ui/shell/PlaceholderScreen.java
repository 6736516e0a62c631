package dev.connectorconsole.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Stands in for a screen that is not part of this build yet, and says so. */
public final class PlaceholderScreen implements Screen {
    private final String title;
    private final Ikon icon;
    private final String explanation;
    private Node view;

    public PlaceholderScreen(String title, Ikon icon, String explanation) {
        this.title = title;
        this.icon = icon;
        this.explanation = explanation;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        if (view == null) {
            FontIcon graphic = new FontIcon(icon);
            graphic.getStyleClass().add("placeholder-icon");
            Label heading = new Label(title);
            heading.getStyleClass().add("title-2");
            Label text = new Label(explanation);
            text.setWrapText(true);
            text.getStyleClass().add("text-muted");
            VBox box = new VBox(12, graphic, heading, text);
            box.setAlignment(Pos.CENTER);
            box.setMaxWidth(420);
            VBox outer = new VBox(box);
            outer.setAlignment(Pos.CENTER);
            outer.getStyleClass().add("placeholder-screen");
            view = outer;
        }
        return view;
    }
}
