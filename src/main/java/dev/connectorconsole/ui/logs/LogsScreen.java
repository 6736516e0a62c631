package dev.connectorconsole.ui.logs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

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
    private LogEndFollower follower;
    private LogSearchBar searchBar;
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
        searchBar.focus();
    }

    private void tick() {
        if (model.pull(follower.userAtBottom()) && model.following()) {
            follower.scrollToEnd();
        }
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
        follower = new LogEndFollower(list, model);
        model.searchProperty().addListener((obs, old, now) -> list.refresh());
        model.showTimestampsProperty().addListener((obs, old, now) -> list.refresh());

        Button jump = follower.jumpButton();
        StackPane.setAlignment(jump, Pos.BOTTOM_CENTER);
        StackPane.setMargin(jump, new Insets(0, 0, 16, 0));
        StackPane listArea = new StackPane(list, jump);
        VBox.setVgrow(listArea, Priority.ALWAYS);

        Label status = status();
        Node header = header();
        Node toolbar = LogsToolbar.create(model, list.getSelectionModel().getSelectedItems(), this::copySelection,
                this::chooseExportFile);
        searchBar = new LogSearchBar(model, list);
        VBox page = new VBox(10, header, toolbar, searchBar.view(), listArea, status);
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

    /** The line under the log: the stream's state, how many lines and matches, and what a pause holds back. */
    private Label status() {
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
        return status;
    }

    private String searchStatus() {
        if (model.searchingProperty().get()) {
            return " · searching…";
        }
        LogMatches found = model.matchesProperty().get();
        return found.search().isActive() && found.search() == model.searchProperty().get()
                ? String.format(" · %,d match%s", found.count(), found.count() == 1 ? "" : "es") : "";
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
}
