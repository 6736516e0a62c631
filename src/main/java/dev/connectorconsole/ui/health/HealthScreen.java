package dev.connectorconsole.ui.health;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.ui.fx.Sparkline;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.shell.Screen;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * Is everything all right: alerts newest first, certificates with days left and what renewing each takes, the traffic
 * to internal systems with the slowest calls, the connector's memory/CPU/disk beside the container's from the engine
 * with their trend; refreshed while shown.
 */
public final class HealthScreen implements Screen {
    public static final String TITLE = "Health";
    public static final Ikon ICON = Feather.HEART;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(ZoneId.systemDefault());

    private final HealthViewModel model;
    private final ContainerFigures container;
    private final VBox root = new VBox(12);
    private Timeline timer;
    private Consumer<ConnectorAlert> openAlert = alert -> { };

    /** @param container the container's figures from the engine, followed while the screen is shown */
    public HealthScreen(HealthViewModel model, ContainerFigures container) {
        this.model = Objects.requireNonNull(model, "model");
        this.container = Objects.requireNonNull(container, "container");
        root.setPadding(new Insets(16));
        root.getStyleClass().add("health-screen");
        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.TITLE_3);
        Label updated = label("health-updated", model.updatedProperty().getValue());
        updated.textProperty().bind(model.updatedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("health-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        TableView<ConnectorAlert> alerts = alertTable();
        TableView<HealthViewModel.CertificateRow> certificates = certificateTable();
        VBox.setVgrow(alerts, Priority.ALWAYS);
        TabPane details = new TabPane(new Tab("Certificates", certificates), new Tab("Backends", BackendTables.of(model)));
        details.setId("health-details");
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.setPrefHeight(300);
        details.setMinHeight(220);
        alerts.setPrefHeight(160);
        alerts.setMinHeight(120);
        VBox.setVgrow(details, Priority.ALWAYS);
        root.getChildren().addAll(new HBox(8, title, spacer, updated), problem, figures(), section("Alerts"), alerts,
                details);
        // While shown: a connector signed in (again) is read at once, and after a switch the figures follow the
        // new connector's container.
        model.session().stateProperty().addListener((obs, old, now) -> {
            if (now == dev.connectorconsole.ui.session.SessionState.SIGNED_IN && old != now && timer != null) {
                model.refresh();
            }
        });
        model.shownProperty().addListener((obs, old, now) -> {
            if (timer != null) {
                container.start();
            }
        });
    }

    /** Where an alert's "Open subaccount" / "Open container" leads (also a double click on its row). */
    public HealthScreen withAlertLinks(Consumer<ConnectorAlert> openAlert) {
        this.openAlert = Objects.requireNonNull(openAlert, "openAlert");
        return this;
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }

    @Override
    public void activate() {
        model.refresh();
        container.start();
        stopTimer();
        timer = new Timeline(new KeyFrame(Duration.seconds(model.refreshIntervalSeconds()), e -> model.refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    @Override
    public void deactivate() {
        stopTimer();
        container.stop();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Whether the refresh timer runs (only while the screen is shown). */
    public boolean isRefreshing() {
        return timer != null;
    }

    private void stopTimer() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    private Node figures() {
        GridPane grid = new GridPane(16, 6);
        grid.setId("health-figures");
        Sparkline cpuChart = new Sparkline(10);
        cpuChart.setId("health-cpu-chart");
        Sparkline memoryChart = new Sparkline(1);
        memoryChart.setId("health-memory-chart");
        container.trendChangesProperty().addListener((obs, old, now) -> {
            List<List<Sparkline.Point>> trends = container.trendPoints();
            cpuChart.showPoints(trends.get(0));
            memoryChart.showPoints(trends.get(1));
        });
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints connector = new ColumnConstraints();
        connector.setHgrow(Priority.SOMETIMES);
        ColumnConstraints engine = new ColumnConstraints();
        engine.setHgrow(Priority.SOMETIMES);
        ColumnConstraints charts = new ColumnConstraints();
        charts.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(names, connector, engine, charts);
        grid.addRow(0, new Label(""), muted("The connector says"), muted("The engine says"),
                muted("Last 15 minutes"));
        grid.addRow(1, new Label("Memory"), bound("health-memory", model.memoryProperty()),
                bound("health-container-memory", container.memoryProperty()), memoryChart);
        grid.addRow(2, new Label("CPU"), bound("health-cpu", model.cpuProperty()),
                bound("health-container-cpu", container.cpuProperty()), cpuChart);
        grid.addRow(3, new Label("Disk"), bound("health-disk", model.diskProperty()));
        grid.addRow(4, new Label("Network"), muted("—"), bound("health-container-network", container.networkProperty()));
        return grid;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private TableView<ConnectorAlert> alertTable() {
        TableView<ConnectorAlert> table = new TableView<>(model.alerts());
        table.setId("health-alerts");
        table.setPlaceholder(new Label("No alerts: all is well."));
        table.getColumns().addAll(List.of(
                TextColumns.of("Time", (ConnectorAlert a) -> a.time() == null ? "" : WHEN.format(a.time()), 170),
                TextColumns.of("Severity", ConnectorAlert::status, 90),
                TextColumns.of("Type", ConnectorAlert::type, 150),
                TextColumns.of("Concerns", ConnectorAlert::entity, 260),
                linkColumn(), TextColumns.of("Message", ConnectorAlert::message, 420)));
        table.setRowFactory(view -> {
            TableRow<ConnectorAlert> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && AlertLink.of(row.getItem()) != AlertLink.NONE) {
                    openAlert.accept(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private TableColumn<ConnectorAlert, ConnectorAlert> linkColumn() {
        TableColumn<ConnectorAlert, ConnectorAlert> column = new TableColumn<>("Fix");
        column.setPrefWidth(140);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ConnectorAlert alert, boolean empty) {
                super.updateItem(alert, empty);
                AlertLink link = empty || alert == null ? AlertLink.NONE : AlertLink.of(alert);
                if (link == AlertLink.NONE) {
                    setGraphic(null);
                    return;
                }
                Hyperlink open = new Hyperlink(link.text());
                open.getStyleClass().add("alert-link");
                open.setOnAction(e -> openAlert.accept(alert));
                setGraphic(open);
            }
        });
        return column;
    }

    private TableView<HealthViewModel.CertificateRow> certificateTable() {
        TableView<HealthViewModel.CertificateRow> table = new TableView<>(model.certificates());
        table.setId("health-certificates");
        table.setPlaceholder(new Label("No certificates reported."));
        table.getColumns().addAll(List.of(
                TextColumns.of("Type", HealthViewModel.CertificateRow::type, 100),
                TextColumns.of("Owner", HealthViewModel.CertificateRow::owner, 360),
                TextColumns.of("Valid to", HealthViewModel.CertificateRow::validTo, 110),
                TextColumns.of("Days left", (HealthViewModel.CertificateRow row) -> Long.toString(row.daysLeft()), 90),
                TextColumns.of("State", HealthViewModel.CertificateRow::state, 90),
                TextColumns.of("Renewing it", HealthViewModel.CertificateRow::renewal, 520)));
        return table;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = label(id, "");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(Bindings.createStringBinding(() -> text.getValue().isEmpty() ? "…" : text.getValue(), text));
        return label;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }
}
