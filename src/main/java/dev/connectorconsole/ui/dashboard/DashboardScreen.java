package dev.connectorconsole.ui.dashboard;

import dev.connectorconsole.ui.fx.WholeHeaders;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.subaccounts.TunnelStateColumn;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Connected subaccounts at a glance; refreshes on a timer only while shown. */
public final class DashboardScreen implements Screen {
    public static final String TITLE = "Dashboard";
    public static final Ikon ICON = Feather.ACTIVITY;

    private static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss").withZone(ZoneId.systemDefault());

    private final DashboardViewModel model;
    private final Runnable onSignIn;
    private final Runnable onAddSubaccount;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final TableView<DashboardRow> table = new TableView<>();
    private final StackPane overlay = new StackPane();
    private final java.util.Map<DashboardStatus, Node> fixedStates = new java.util.EnumMap<>(DashboardStatus.class);
    private Timeline timer;

    /**
     * @param onSignIn        shows the sign-in screen (the "Sign in" button of the not-signed-in state)
     * @param onAddSubaccount shows the subaccount screen (the button of the empty state)
     */
    public DashboardScreen(DashboardViewModel model, Runnable onSignIn, Runnable onAddSubaccount) {
        this.model = Objects.requireNonNull(model, "model");
        this.onSignIn = Objects.requireNonNull(onSignIn, "onSignIn");
        this.onAddSubaccount = Objects.requireNonNull(onAddSubaccount, "onAddSubaccount");
        root.getStyleClass().add("dashboard-screen");
        ConnectorStyles.apply(root, DashboardScreen.class, "dashboard.css");
        root.setTop(header());
        root.setCenter(center);
        buildTable();
        center.getChildren().setAll(table, overlay);
        model.statusProperty().addListener((obs, old, now) -> showStatus(now));
        showStatus(model.statusProperty().get());
        // Signed in again (another connector chosen, or back after a sign-in) while shown: read it now, not at the
        // next tick of the timer.
        model.session().stateProperty().addListener((obs, old, now) -> {
            if (now == SessionState.SIGNED_IN && old != SessionState.SIGNED_IN && timer != null) {
                model.refresh();
            }
        });
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }

    @Override
    public void activate() {
        model.refresh();
        stopTimer();
        timer = new Timeline(new KeyFrame(Duration.seconds(model.refreshIntervalSeconds()), e -> model.refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    @Override
    public void deactivate() {
        stopTimer();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Double click or the context menu on a row opens that subaccount's access control here. */
    public void onOpenAccess(java.util.function.BiConsumer<String, String> openAccess) {
        DashboardRowActions.install(table, openAccess);
    }

    /** Whether the refresh timer runs (it runs only while the screen is shown). */
    public boolean isRefreshing() {
        return timer != null;
    }

    private void stopTimer() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    // ---- header --------------------------------------------------------------------------------------------

    private Node header() {
        Label title = new Label("Dashboard");
        title.getStyleClass().add(Styles.TITLE_3);
        HBox filters = new HBox();
        filters.setId("filters");
        ToggleGroup group = new ToggleGroup();
        DashboardFilter[] all = DashboardFilter.values();
        for (int i = 0; i < all.length; i++) {
            DashboardFilter filter = all[i];
            ToggleButton button = new ToggleButton();
            button.setId("filter-" + filter.name().toLowerCase());
            button.textProperty().bind(Bindings.concat(filter.label(), " (", model.count(filter), ")"));
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            button.setToggleGroup(group);
            button.setSelected(model.filterProperty().get() == filter);
            button.setOnAction(e -> {
                model.filterProperty().set(filter);
                button.setSelected(true);
            });
            filters.getChildren().add(button);
        }
        filters.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.statusProperty().get() == DashboardStatus.READY, model.statusProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label updated = new Label();
        updated.setId("updated-at");
        updated.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        updated.textProperty().bind(model.updatedTextProperty());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refresh-dashboard");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Refresh now (F5)"));
        refresh.setOnAction(e -> model.refresh());
        HBox header = new HBox(title, filters, spacer, updated, refresh);
        header.getStyleClass().add("screen-header");
        header.setSpacing(16);
        return header;
    }

    // ---- table ---------------------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("dashboard-table");
        WholeHeaders.of(table);
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DashboardRow, TunnelState> state = TunnelStateColumn.of("Tunnel", DashboardRow::state);
        DashboardColumn column = new DashboardColumn(model.nowProperty()::get);
        table.getColumns().setAll(DashboardColumn.all(
                state,
                column.of("Display name", 170, (row, now) -> row.displayName(),
                        (row, now) -> "Subaccount " + row.subaccount(), null),
                column.of("Connected since", 120, DashboardRow::connectedSinceText,
                        (row, now) -> row.connectedSince() == null || row.state() != TunnelState.CONNECTED
                                ? null : EXACT.format(row.connectedSince()), null),
                column.of("Region", 180, (row, now) -> row.regionHost(), null, null),
                column.of("Location ID", 90, (row, now) -> row.locationId().isEmpty() ? "default" : row.locationId(),
                        null, null),
                column.of("Systems", 80, (row, now) -> row.systemsText(),
                        (row, now) -> row.systems() > 0 ? "On-premise systems this subaccount exposes; double-click "
                                + "for its access control" : null, null),
                column.of("Applications", 150, (row, now) -> row.applicationsText(),
                        (row, now) -> row.applications().isEmpty() ? null : row.applicationsDetail(), null),
                column.of("Certificate", 120, DashboardRow::certificateText,
                        (row, now) -> row.certificateNotAfter() == null ? null
                                : "Valid until " + EXACT.format(row.certificateNotAfter()),
                        (row, now) -> row.certificateNeedsAttention(now) ? "certificate-warning" : null)));
        table.setItems(model.visibleRows());
        Label none = new Label("No subaccount matches this filter.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        // No table.refresh() when the time changes: the model sets the time before the rows, and each cell's value
        // carries the time, so a new reading redraws the cells without making them all anew.
    }

    // ---- states --------------------------------------------------------------------------------------------

    /**
     * The table stays in place and only hides: a switch of connectors goes through "not signed in" to the new one's
     * rows in one turn, and taking the table out and back made the next frame style it all again.
     */
    private void showStatus(DashboardStatus status) {
        DashboardStatus now = status == null ? DashboardStatus.NOT_SIGNED_IN : status;
        table.setVisible(now == DashboardStatus.READY);
        overlay.setVisible(now != DashboardStatus.READY);
        if (now == DashboardStatus.READY) {
            overlay.getChildren().clear();
            return;
        }
        Node content = fixedStates.containsKey(now) ? fixedStates.get(now) : switch (now) {
            case READY -> table;
            case LOADING -> loading();
            case EMPTY -> emptyState(Feather.CLOUD, "No subaccounts yet",
                    "This connector has no subaccount. Add one to open a tunnel to SAP BTP.",
                    button("Add subaccount", "empty-add-subaccount", Feather.PLUS, onAddSubaccount));
            case NOT_SIGNED_IN -> emptyState(Feather.LOCK, "Not signed in",
                    "Sign in to the connector to see its subaccounts and tunnels.",
                    button("Sign in", "dashboard-sign-in", Feather.LOG_IN, onSignIn));
            case UNREACHABLE -> emptyState(Feather.WIFI_OFF, "The connector does not answer",
                    model.problemProperty().get(),
                    button("Try again", "dashboard-retry", Feather.REFRESH_CW, model::refresh),
                    button("Sign in", "dashboard-sign-in", Feather.LOG_IN, onSignIn));
            case FAILED -> emptyState(Feather.ALERT_TRIANGLE, "Could not read the subaccounts",
                    model.problemProperty().get(),
                    button("Try again", "dashboard-retry", Feather.REFRESH_CW, model::refresh));
        };
        if (now != DashboardStatus.UNREACHABLE && now != DashboardStatus.FAILED) {
            fixedStates.put(now, content); // the others say the problem of the moment
        }
        overlay.getChildren().setAll(content);
    }

    private Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        Label text = new Label("Reading the connector's subaccounts…");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(spinner, text);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private static Node emptyState(Ikon icon, String title, String text, Button... actions) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setId("dashboard-state-title");
        Label explanation = new Label(text);
        explanation.getStyleClass().add("empty-text");
        explanation.setWrapText(true);
        explanation.setMaxWidth(460);
        explanation.setId("dashboard-state-text");
        HBox buttons = new HBox(8, actions);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(glyph, heading, explanation, buttons);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private static Button button(String text, String id, Ikon icon, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

}
