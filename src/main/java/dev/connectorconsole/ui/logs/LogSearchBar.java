package dev.connectorconsole.ui.logs;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.engine.logs.LogLine;

/**
 * The search row over the log: the query (Enter finds the next match, Shift+Enter the previous one, Escape clears),
 * regular expression, "Only matching", and what is wrong with the query. A match found is selected in the list.
 */
final class LogSearchBar {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final LogsViewModel model;
    private final ListView<LogLine> list;
    private final TextField field = new TextField();
    private final Node view;

    LogSearchBar(LogsViewModel model, ListView<LogLine> list) {
        this.model = model;
        this.list = list;
        this.view = build();
    }

    Node view() {
        return view;
    }

    /** Puts the cursor in the search field, its text selected. */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private Node build() {
        field.setId("log-search");
        field.getStyleClass().add("search-field");
        field.setPromptText("Search  (Ctrl+F)");
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(model.queryProperty());
        field.setOnAction(e -> find(true));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                find(false);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                list.requestFocus();
            }
        });
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);

        Button previous = iconButton(Feather.CHEVRON_UP, "Previous match (Shift+Enter)", "log-previous");
        previous.setOnAction(e -> find(false));
        Button next = iconButton(Feather.CHEVRON_DOWN, "Next match (Enter)", "log-next");
        next.setOnAction(e -> find(true));
        previous.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.searchProperty().get().isActive(),
                model.searchProperty()));
        next.disableProperty().bind(previous.disableProperty());

        ToggleButton regex = new ToggleButton(".*");
        regex.setId("log-regex");
        regex.setTooltip(new Tooltip("Regular expression"));
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        ToggleButton filter = new ToggleButton("Only matching", new FontIcon(Feather.FILTER));
        filter.setId("log-filter");
        filter.setTooltip(new Tooltip("Show only the lines that match"));
        filter.selectedProperty().bindBidirectional(model.filterToMatchesProperty());

        Label problem = new Label();
        problem.setId("log-search-problem");
        problem.getStyleClass().add("field-message");
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.searchProperty().get().problem(),
                model.searchProperty()));
        model.searchProperty().addListener((obs, old, now) ->
                field.pseudoClassStateChanged(DANGER, !now.problem().isEmpty()));

        HBox bar = new HBox(6, searchIcon, field, previous, next, regex, filter, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void find(boolean forward) {
        int from = list.getSelectionModel().getSelectedIndex();
        if (from < 0) {
            from = forward ? -1 : list.getItems().size();
        }
        int index = model.findFrom(from, forward);
        if (index >= 0) {
            list.getSelectionModel().clearAndSelect(index);
            list.scrollTo(Math.max(0, index - 5));
        } else {
            field.pseudoClassStateChanged(DANGER, true);
        }
    }

    private static Button iconButton(Feather icon, String tip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("button-icon");
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
