package dev.connectorconsole.ui.fleet;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.fx.WholeHeaders;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.subaccounts.TunnelStateColumn;
import java.util.function.IntSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every connector's subaccounts in one table, the connector as a column; a connector that cannot be read says why
 * in its row. Read again on a timer while shown.
 */
public final class FleetScreen implements Screen {
    public static final String TITLE = "Fleet";
    public static final Ikon ICON = Feather.LAYERS;

    private final FleetViewModel model;
    private final IntSupplier refreshSeconds;
    private final BorderPane root = new BorderPane();
    private Timeline timer;

    public FleetScreen(FleetViewModel model, IntSupplier refreshSeconds) {
        this.model = model;
        this.refreshSeconds = refreshSeconds;
        root.getStyleClass().add("fleet-screen");
        ConnectorStyles.apply(root, FleetScreen.class, null);
        root.setTop(header());
        root.setCenter(table());
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }

    @Override
    public void activate() {
        model.refresh();
        timer = new Timeline(new KeyFrame(Duration.seconds(Math.max(5, refreshSeconds.getAsInt())),
                e -> model.refresh()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    @Override
    public void deactivate() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private Node header() {
        Label title = new Label("Fleet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("fleet-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        TextField filter = new TextField();
        filter.setId("fleet-filter");
        filter.setPromptText("Filter: connector, subaccount, region…");
        filter.setPrefColumnCount(20);
        filter.textProperty().bindBidirectional(model.filterProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.refreshingProperty());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refresh-fleet");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read every connector again (F5)"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.refreshingProperty());
        HBox header = new HBox(12, title, summary, filter, spinner, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    private Node table() {
        TableView<FleetRow> table = new TableView<>(model.visibleRows());
        table.setId("fleet-table");
        WholeHeaders.of(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FleetRow, TunnelState> state = TunnelStateColumn.of("Tunnel", FleetRow::state);
        table.getColumns().setAll(
                TextColumns.<FleetRow>of("Connector", FleetRow::connector, 140),
                TextColumns.<FleetRow>of("Engine", FleetRow::engine, 120),
                state,
                TextColumns.<FleetRow>of("Subaccount", r -> r.isProblem() ? r.problem() : r.subaccount(), 220),
                TextColumns.<FleetRow>of("Region", FleetRow::region, 180),
                TextColumns.<FleetRow>of("Location ID", FleetRow::location, 90));
        Label empty = new Label("No connectors yet: start the sandbox or adopt a container, and they appear here.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(new VBox(empty));
        table.setMinWidth(Region.USE_COMPUTED_SIZE);
        return table;
    }
}
