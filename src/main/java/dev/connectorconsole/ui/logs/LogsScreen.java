package dev.connectorconsole.ui.logs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.app.LogStreams.Kind;
import dev.connectorconsole.ui.shell.Screen;

/** Container log and connector trace: a virtualized list fed in batches, with follow, pause, search and export. */
public final class LogsScreen implements Screen {
    public static final String TITLE = "Logs";
    public static final Ikon ICON = Feather.FILE_TEXT;

    /** Lines are taken from the buffer at most this often; one pull per pulse at most, after the last layout. */
    private static final long PULL_INTERVAL_NANOS = 45_000_000L;

    private final LogsViewModel model;
    private final SaveLocationChooser saveLocation;
    private final AnimationTimer ticker;
    private ListView<LogLine> list;
    private boolean userAtBottom = true;
    private TextField searchField;
    private Node view;

    public LogsScreen(LogsViewModel model) {
        this(model, SaveLocationChooser.systemDialog());
    }

    /** @param saveLocation asks where "Export…" writes the log (the system's save dialog in the app) */
    public LogsScreen(LogsViewModel model, SaveLocationChooser saveLocation) {
        this.model = model;
        this.saveLocation = Objects.requireNonNull(saveLocation, "saveLocation");
        this.ticker = new AnimationTimer() {
            private long lastPull;

            @Override
            public void handle(long now) {
                if (now - lastPull >= PULL_INTERVAL_NANOS) {
                    lastPull = now;
                    tick();
                }
            }
        };
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
        view();
        model.activate();
        ticker.start();
    }

    @Override
    public void deactivate() {
        ticker.stop();
        model.deactivate();
    }

    @Override
    public void refresh() {
        model.restart();
    }

    /** Ctrl+F: put the cursor in the search field. */
    public void focusSearch() {
        view();
        searchField.requestFocus();
        searchField.selectAll();
    }

    private void tick() {
        if (model.pull(userAtBottom) && model.following()) {
            scrollToEnd();
        }
    }

    /**
     * Following is decided by what the user did, not by where a fast-growing list happens to be between layouts:
     * scrolling up (wheel, scroll bar, keys) leaves the end; reaching the end again or the jump button comes back.
     */
    private void watchUserScrolling() {
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                userAtBottom = false;
            } else {
                Platform.runLater(this::checkUserReachedEnd);
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (insideScrollBar(e.getPickResult().getIntersectedNode())) {
                userAtBottom = false;
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::checkUserReachedEnd));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, PAGE_UP, HOME -> userAtBottom = false;
                case END -> {
                    userAtBottom = true;
                    model.jumpedToBottom();
                }
                case DOWN, PAGE_DOWN -> Platform.runLater(this::checkUserReachedEnd);
                default -> { }
            }
        });
    }

    private void checkUserReachedEnd() {
        if (!userAtBottom && isAtBottom()) {
            userAtBottom = true;
            model.jumpedToBottom();
        }
    }

    private static boolean insideScrollBar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    /** The skin learns the new item count only in layout; scrolling before that would stop one batch short. */
    private void scrollToEnd() {
        list.layout();
        list.scrollTo(list.getItems().size() - 1);
    }

    private boolean isAtBottom() {
        int size = list.getItems().size();
        if (size == 0) {
            return true;
        }
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= Math.min(size, flow.getCellCount()) - 1;
    }

    private Node build() {
        list = new ListView<>(model.shownLines());
        list.setId("log-list");
        list.getStyleClass().add("log-list");
        list.setFixedCellSize(18);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new LogLineCell(model.searchProperty()::get, model.showTimestampsProperty()::get));
        list.setPlaceholder(placeholder());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelection();
                e.consume();
            }
        });
        watchUserScrolling();
        model.searchProperty().addListener((obs, old, now) -> list.refresh());
        model.showTimestampsProperty().addListener((obs, old, now) -> list.refresh());

        Button jump = new Button();
        jump.setId("jump-to-end");
        jump.getStyleClass().add("jump-button");
        jump.setGraphic(new FontIcon(Feather.ARROW_DOWN));
        jump.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        jump.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d new line%s",
                model.newLinesProperty().get(), model.newLinesProperty().get() == 1 ? "" : "s"),
                model.newLinesProperty()));
        jump.visibleProperty().bind(model.newLinesProperty().greaterThan(0));
        jump.setOnAction(e -> {
            userAtBottom = true;
            model.jumpedToBottom();
            scrollToEnd();
        });
        StackPane.setAlignment(jump, Pos.BOTTOM_CENTER);
        StackPane.setMargin(jump, new javafx.geometry.Insets(0, 0, 16, 0));
        StackPane listArea = new StackPane(list, jump);
        VBox.setVgrow(listArea, Priority.ALWAYS);

        Label status = new Label();
        status.setId("log-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String base = model.statusTextProperty().get();
            long waiting = model.waitingProperty().get();
            String count = String.format(" · %,d lines", model.shownLines().size());
            return base + count + searchStatus() + (model.pausedProperty().get() && waiting > 0
                    ? String.format(" · paused, %,d waiting", waiting) : "");
        }, model.statusTextProperty(), model.waitingProperty(), model.pausedProperty(), model.shownLines(),
                model.matchesProperty(), model.searchingProperty()));

        VBox page = new VBox(10, header(), toolbar(), searchBar(), listArea, status);
        page.getStyleClass().add("screen");
        return page;
    }

    private Node placeholder() {
        Label label = new Label();
        label.getStyleClass().add("text-muted");
        label.textProperty().bind(Bindings.createStringBinding(() -> model.searchProperty().get().isActive()
                && model.filterToMatchesProperty().get() ? "No line matches the search." : "No log lines yet.",
                model.searchProperty(), model.filterToMatchesProperty()));
        return label;
    }

    private Node header() {
        Label title = new Label("Logs");
        title.getStyleClass().add("screen-title");
        ToggleGroup group = new ToggleGroup();
        ToggleButton containerLog = sourceButton("Container log", Kind.CONTAINER_LOG, group, "source-container");
        ToggleButton trace = sourceButton("Connector trace", Kind.TRACE_FILE, group, "source-trace");
        containerLog.getStyleClass().add("left-pill");
        trace.getStyleClass().add("right-pill");
        group.selectToggle(model.sourceProperty().get() == Kind.TRACE_FILE ? trace : containerLog);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                model.sourceProperty().set((Kind) now.getUserData());
            }
        });
        HBox header = new HBox(16, title, new HBox(containerLog, trace));
        header.getStyleClass().add("screen-header");
        return header;
    }

    private static ToggleButton sourceButton(String text, Kind kind, ToggleGroup group, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(kind);
        button.setToggleGroup(group);
        return button;
    }

    private Node toolbar() {
        ComboBox<Integer> tail = new ComboBox<>();
        tail.setId("log-tail");
        tail.getItems().addAll(100, 1000, 10_000, 100_000, null);
        tail.setConverter(converter(value -> value == null ? "All lines" : String.format("Last %,d", value)));
        tail.valueProperty().bindBidirectional(model.tailProperty());
        tail.setTooltip(new Tooltip("How many existing lines to read first"));

        ComboBox<Duration> since = new ComboBox<>();
        since.setId("log-since");
        since.getItems().addAll(null, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24),
                Duration.ofDays(7));
        since.setConverter(converter(LogsScreen::describeSince));
        since.valueProperty().bindBidirectional(model.sinceProperty());
        since.setTooltip(new Tooltip("Only lines written in this period"));

        ToggleButton timestamps = new ToggleButton("Time", new FontIcon(Feather.CLOCK));
        timestamps.setId("log-timestamps");
        timestamps.selectedProperty().bindBidirectional(model.showTimestampsProperty());
        timestamps.setTooltip(new Tooltip("Show time stamps"));

        ToggleButton pause = new ToggleButton();
        pause.setId("log-pause");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(pause.isSelected()
                ? Feather.PLAY : Feather.PAUSE), pause.selectedProperty()));

        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.setId("log-copy");
        copy.setTooltip(new Tooltip("Copy the selected lines (Ctrl+C)"));
        copy.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        copy.setOnAction(e -> copySelection());

        Button export = new Button("Export…", new FontIcon(Feather.DOWNLOAD));
        export.setId("log-export");
        export.setTooltip(new Tooltip("Save the container's whole log to a file"));
        export.disableProperty().bind(model.exportingProperty()
                .or(model.sourceProperty().isEqualTo(Kind.TRACE_FILE)));
        export.setOnAction(e -> chooseExportFile());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, tail, since, timestamps, new Separator(javafx.geometry.Orientation.VERTICAL), pause,
                spacer, copy, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node searchBar() {
        searchField = new TextField();
        searchField.setId("log-search");
        searchField.getStyleClass().add("search-field");
        searchField.setPromptText("Search  (Ctrl+F)");
        searchField.setPrefColumnCount(28);
        searchField.textProperty().bindBidirectional(model.queryProperty());
        searchField.setOnAction(e -> find(true));
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                find(false);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
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
                searchField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"),
                        !now.problem().isEmpty()));

        HBox bar = new HBox(6, searchIcon, searchField, previous, next, regex, filter, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private String searchStatus() {
        if (model.searchingProperty().get()) {
            return " · searching…";
        }
        LogMatches found = model.matchesProperty().get();
        return found.search().isActive() && found.search() == model.searchProperty().get()
                ? String.format(" · %,d match%s", found.count(), found.count() == 1 ? "" : "es") : "";
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
            searchField.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), true);
        }
    }

    private void copySelection() {
        List<LogLine> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copyText(selected));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void chooseExportFile() {
        Path file = saveLocation.choose(list.getScene().getWindow());
        if (file != null) {
            model.export(file);
        }
    }

    private static Button iconButton(Feather icon, String tip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add("button-icon");
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static String describeSince(Duration duration) {
        if (duration == null) {
            return "Any time";
        }
        if (duration.toDays() >= 1) {
            return duration.toDays() == 1 ? "Last 24 hours" : "Last " + duration.toDays() + " days";
        }
        if (duration.toHours() >= 1) {
            return duration.toHours() == 1 ? "Last hour" : "Last " + duration.toHours() + " hours";
        }
        return "Last " + duration.toMinutes() + " minutes";
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return f.apply(value); }
            @Override public T fromString(String text) { throw new UnsupportedOperationException(); }
        };
    }
}
