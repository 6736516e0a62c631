package dev.connectorconsole.ui.adopt;

import dev.connectorconsole.ui.fx.WholeHeaders;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.ui.shell.Banner;
import dev.connectorconsole.ui.shell.Screen;

/**
 * Connector containers and images found on the engine, made by hand or by the app; a container is adopted with one
 * click. For the adopted container: start, stop, the warning when its configuration lives only inside it, and a
 * configuration backup.
 */
public final class AdoptScreen implements Screen {
    /** The cells' left and right padding in adopt.css, which wrapped text stays inside. */
    private static final double CELL_SIDE_PADDING = 16;
    public static final String TITLE = "Adopt";
    public static final Ikon ICON = Feather.LINK;

    private final AdoptViewModel model;
    private final Runnable openContainerScreen;
    private Node view;

    /** @param openContainerScreen shows the container screen, where the adopted container is now the managed one */
    public AdoptScreen(AdoptViewModel model, Runnable openContainerScreen) {
        this.model = model;
        this.openContainerScreen = openContainerScreen;
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

    @Override public void activate() { model.refresh(); }
    @Override public void refresh() { model.refresh(); }

    private Node build() {
        Label title = new Label("Adopt a connector");
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label("Containers and images that look like a Cloud Connector, including those made by "
                + "hand with docker build and docker run. Adopting one changes nothing on it.");
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        ProgressIndicator scanning = new ProgressIndicator();
        scanning.setPrefSize(18, 18);
        scanning.visibleProperty().bind(model.scanningProperty());
        Button refresh = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("adopt-refresh");
        refresh.setTooltip(new Tooltip("Scan the Docker engine again (F5)"));
        refresh.setOnAction(e -> model.refresh());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(4, title, subtitle), spacer, scanning, refresh);
        header.getStyleClass().add("screen-header");
        VBox titles = (VBox) header.getChildren().get(0);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Banner error = new Banner(Banner.Kind.DANGER);
        error.setId("adopt-error");
        error.title().setText("Something went wrong");
        error.text().textProperty().bind(model.errorProperty());
        showWhen(error, model.errorProperty().isNotEmpty());

        VBox root = new VBox(header, error, table(), adoptedPanel());
        root.getStyleClass().addAll("screen", "adopt-screen");
        root.getStylesheets().add(AdoptScreen.class.getResource("adopt.css").toExternalForm());
        return root;
    }

    private TableView<ConnectorCandidate> table() {
        TableView<ConnectorCandidate> table = new TableView<>(model.candidates());
        WholeHeaders.of(table);
        table.setId("adopt-table");
        table.getStyleClass().add("adopt-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.scannedOnceProperty())
                .then("Nothing on this engine looks like a Cloud Connector.").otherwise("Scanning the Docker engine…"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);

        TableColumn<ConnectorCandidate, ConnectorCandidate> kind = column("Kind", 110);
        kind.setCellFactory(c -> cell((cell, item) -> {
            boolean container = item.kind() == ConnectorCandidate.Kind.CONTAINER;
            cell.setText(container ? "Container" : "Image");
            cell.setGraphic(new FontIcon(container ? Feather.BOX : Feather.LAYERS));
        }));
        TableColumn<ConnectorCandidate, ConnectorCandidate> name = column("Name and why", 400);
        name.setCellFactory(c -> cell((cell, item) -> {
            cell.setGraphic(new VBox(2, wrapping(cell, item.name(), "candidate-name"),
                    wrapping(cell, String.join(" · ", item.reasons()), "candidate-reasons")));
            cell.setTooltip(new Tooltip(String.join("\n", item.reasons())));
        }));
        TableColumn<ConnectorCandidate, ConnectorCandidate> image = column("Image", 170);
        image.setCellFactory(c -> cell((cell, item) -> cell.setGraphic(wrapping(cell, item.image(), "candidate-text"))));
        TableColumn<ConnectorCandidate, ConnectorCandidate> state = column("State", 90);
        state.setCellFactory(c -> cell((cell, item) -> {
            cell.setText(item.state() == null || item.state().isEmpty() ? "—" : item.state());
            cell.getStyleClass().removeAll("candidate-running");
            if (item.isRunning()) {
                cell.getStyleClass().add("candidate-running");
            }
        }));
        TableColumn<ConnectorCandidate, ConnectorCandidate> port = column("Port", 70);
        port.setCellFactory(c -> cell((cell, item) -> cell.setText(item.hostPort() == null ? "—"
                : String.valueOf(item.hostPort()))));
        TableColumn<ConnectorCandidate, ConnectorCandidate> managed = column("Made by", 140);
        managed.setCellFactory(c -> cell((cell, item) -> cell.setGraphic(wrapping(cell,
                item.managedByApp() ? "Connector Console" : "By hand", "candidate-text"))));
        TableColumn<ConnectorCandidate, ConnectorCandidate> action = column("", 120);
        action.setCellFactory(c -> cell((cell, item) -> {
            if (item.kind() != ConnectorCandidate.Kind.CONTAINER) {
                cell.setGraphic(null);
                return;
            }
            if (model.isAdopted(item)) {
                Label adopted = new Label("Managed", new FontIcon(Feather.CHECK));
                adopted.getStyleClass().add("candidate-adopted");
                cell.setGraphic(adopted);
                return;
            }
            Button adopt = new Button("Adopt");
            adopt.getStyleClass().add("adopt-button");
            adopt.setId("adopt-" + item.name());
            adopt.setOnAction(e -> model.adopt(item));
            cell.setGraphic(adopt);
        }));
        table.getColumns().setAll(java.util.List.of(kind, name, image, state, port, managed, action));
        model.adoptedProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private Node adoptedPanel() {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setId("adopted-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.adoptedProperty().get() == null ? ""
                : "Managing '" + model.adoptedProperty().get().name() + "' ("
                + model.adoptedProperty().get().state() + ")", model.adoptedProperty()));

        Button start = new Button("Start", new FontIcon(Feather.PLAY));
        start.setId("adopted-start");
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.startAdopted());
        Button stop = new Button("Stop", new FontIcon(Feather.SQUARE));
        stop.setId("adopted-stop");
        stop.disableProperty().bind(model.canStopProperty().not());
        stop.setOnAction(e -> model.stopAdopted());
        Button manage = new Button("Open in Container", new FontIcon(Feather.ARROW_RIGHT));
        manage.setId("adopted-manage");
        manage.setOnAction(e -> openContainerScreen.run());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        Label progress = new Label();
        progress.textProperty().bind(model.progressProperty());
        progress.getStyleClass().add("text-muted");
        HBox actions = new HBox(8, start, stop, manage, working, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Banner warning = new Banner(Banner.Kind.WARNING);
        warning.setId("adopted-storage-warning");
        warning.title().setText("Its configuration is not in a volume");
        warning.text().textProperty().bind(model.storageWarningProperty());
        Button backup = new Button("Back up configuration…", new FontIcon(Feather.SAVE));
        backup.setId("adopted-backup");
        backup.disableProperty().bind(model.canBackupProperty().not());
        backup.setTooltip(new Tooltip("The connector must be running and publish port 8443"));
        backup.setOnAction(e -> new BackupDialog(backup.getScene().getWindow(), model,
                model.adoptedProperty().get()).show());
        warning.withActions(backup);
        showWhen(warning, model.storageWarningProperty().isNotEmpty());

        VBox panel = new VBox(10, heading, actions, warning);
        panel.getStyleClass().addAll("card", "adopted-panel");
        panel.setId("adopted-panel");
        panel.setMinHeight(Region.USE_PREF_SIZE);
        showWhen(panel, model.adoptedProperty().isNotNull());
        return panel;
    }

    /** Long names (a container name, an image tag, its reasons) wrap onto more lines, the row growing, not cut. */
    private static Text wrapping(TableCell<?, ?> cell, String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.wrappingWidthProperty().bind(cell.widthProperty().subtract(CELL_SIDE_PADDING));
        return text;
    }

    private static TableColumn<ConnectorCandidate, ConnectorCandidate> column(String title, double width) {
        TableColumn<ConnectorCandidate, ConnectorCandidate> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyObjectWrapper<>(row.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(width >= 170 ? 120 : width);
        column.setSortable(false);
        return column;
    }

    private interface CellPainter {
        void paint(TableCell<ConnectorCandidate, ConnectorCandidate> cell, ConnectorCandidate item);
    }

    private static TableCell<ConnectorCandidate, ConnectorCandidate> cell(CellPainter painter) {
        return new TableCell<>() {
            @Override
            protected void updateItem(ConnectorCandidate item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                if (!empty && item != null) {
                    painter.paint(this, item);
                }
            }
        };
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
