package dev.connectorconsole.ui.subaccounts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.session.FormLayout;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.Screen;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The subaccount screen: the connector's subaccounts on the left, the add/edit form and the actions of the selected
 * subaccount on the right.
 */
public final class SubaccountsScreen implements Screen {
    public static final String TITLE = "Subaccounts";
    public static final Ikon ICON = Feather.CLOUD;

    static final String TWO_FACTOR_HINT =
            "If two-factor authentication is on, append the current passcode to the password.";

    private final SubaccountsViewModel model;
    private final SubaccountForm form;
    private final BorderPane root = new BorderPane();
    private final TableView<SubaccountRow> table = new TableView<>();
    private boolean revertingSelection;

    public SubaccountsScreen(SubaccountsViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.form = model.form();
        root.getStyleClass().add("subaccounts-screen");
        ConnectorStyles.apply(root, SubaccountsScreen.class, "subaccounts.css");
        root.setTop(header());
        SplitPane split = new SplitPane(listPane(), formPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        root.setCenter(split);
        model.session().stateProperty().addListener((obs, old, now) -> {
            if (now == SessionState.SIGNED_IN && old != SessionState.UNREACHABLE) {
                model.refresh();
            } else if (now != SessionState.SIGNED_IN && now != SessionState.UNREACHABLE) {
                model.startAdd();
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
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** Asks before unsaved changes are lost; the shell calls this before navigating away. */
    public boolean canLeave() {
        return !form.isDirty() || Confirmations.ask(root, "Discard your changes?",
                "The subaccount form has changes that are not saved.", "Discard");
    }

    public boolean hasUnsavedChanges() {
        return form.isDirty();
    }

    // ---- header --------------------------------------------------------------------------------------------

    private Node header() {
        Label title = new Label("Subaccounts");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("Add subaccount", new FontIcon(Feather.PLUS));
        add.setId("add-subaccount");
        add.setOnAction(e -> {
            if (canLeave()) {
                table.getSelectionModel().clearSelection();
                model.startAdd();
            }
        });
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refresh-subaccounts");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new javafx.scene.control.Tooltip("Reload from the connector (F5)"));
        refresh.setOnAction(e -> model.refresh());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label busy = new Label(null, spinner);
        busy.textProperty().bind(model.busyTextProperty());
        busy.getStyleClass().add(Styles.TEXT_MUTED);
        busy.visibleProperty().bind(model.busyProperty());
        busy.setId("busy");
        HBox header = new HBox(title, busy, spacer, add, refresh);
        header.getStyleClass().add("screen-header");
        BooleanSignedIn.bindDisable(model, add, refresh);
        return header;
    }

    // ---- list ----------------------------------------------------------------------------------------------

    private Node listPane() {
        table.setId("subaccount-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                textColumn("Display name", SubaccountRow::displayName, 140),
                stateColumn(),
                textColumn("Region", SubaccountRow::regionHost, 185),
                textColumn("Subaccount", SubaccountRow::subaccount, 150),
                textColumn("Location", row -> row.locationId().isEmpty() ? "default" : row.locationId(), 70));
        table.setItems(model.rows());
        table.setPlaceholder(placeholder());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (revertingSelection || now == null || now.equals(model.selectedProperty().get())) {
                return;
            }
            if (!canLeave()) {
                revertingSelection = true;
                table.getSelectionModel().select(old);
                revertingSelection = false;
                return;
            }
            model.select(now);
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (!now.equals(table.getSelectionModel().getSelectedItem())) {
                revertingSelection = true;
                table.getSelectionModel().select(now);
                revertingSelection = false;
            }
        });
        Label error = new Label();
        error.getStyleClass().add("form-message-error");
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.setWrapText(true);
        error.textProperty().bind(model.listErrorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(model.listErrorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        VBox pane = new VBox(error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setMinWidth(320);
        return pane;
    }

    private Node placeholder() {
        FontIcon icon = new FontIcon(Feather.CLOUD_OFF);
        icon.getStyleClass().add("empty-icon");
        Label text = new Label();
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() ->
                model.session().state() == SessionState.SIGNED_IN
                        ? "No subaccounts yet.\nAdd the first one with the form on the right."
                        : "Sign in to a connector to see its subaccounts.", model.session().stateProperty()));
        VBox box = new VBox(icon, text);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private static TableColumn<SubaccountRow, String> textColumn(String name, Function<SubaccountRow, String> value,
                                                                 double width) {
        TableColumn<SubaccountRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return column;
    }

    private static TableColumn<SubaccountRow, TunnelState> stateColumn() {
        TableColumn<SubaccountRow, TunnelState> column = new TableColumn<>("State");
        column.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(data.getValue().state()));
        column.setPrefWidth(125);
        column.setCellFactory(c -> new TableCell<>() {
            private final TunnelStateLabel label = new TunnelStateLabel();

            @Override
            protected void updateItem(TunnelState state, boolean empty) {
                super.updateItem(state, empty);
                label.show(empty ? null : state);
                setGraphic(empty ? null : label);
                setText(null);
            }
        });
        return column;
    }

    // ---- form ----------------------------------------------------------------------------------------------

    private Node formPane() {
        Label heading = new Label();
        heading.setId("form-title");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Add a subaccount"
                : model.selectedProperty().get().displayName(), model.selectedProperty()));
        TunnelStateLabel state = new TunnelStateLabel();
        state.setId("form-state");
        model.selectedProperty().addListener((obs, old, now) -> state.show(now == null ? null : now.state()));
        HBox titleRow = new HBox(10, heading, state);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(14, titleRow, actionBar(), fields(), messageArea(), saveBar());
        content.setPadding(new Insets(16, 20, 20, 20));
        content.getStyleClass().add("subaccount-form");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(420);
        return scroll;
    }

    private Node actionBar() {
        Button connect = new Button("Connect", new FontIcon(Feather.LINK));
        connect.setId("connect");
        connect.setOnAction(e -> model.connect());
        Button disconnect = new Button("Disconnect", new FontIcon(Feather.SLASH));
        disconnect.setId("disconnect");
        disconnect.setOnAction(e -> model.disconnect());
        Button renew = new Button("Renew certificate…", new FontIcon(Feather.AWARD));
        renew.setId("renew-certificate");
        renew.setOnAction(e -> renewCertificate());
        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> delete());

        ObservableValue<Boolean> connected = Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().state() == TunnelState.CONNECTED, model.selectedProperty());
        connect.visibleProperty().bind(Bindings.createBooleanBinding(() -> !connected.getValue(), connected));
        connect.managedProperty().bind(connect.visibleProperty());
        disconnect.visibleProperty().bind(Bindings.createBooleanBinding(connected::getValue, connected));
        disconnect.managedProperty().bind(disconnect.visibleProperty());
        for (Button button : new Button[] {connect, disconnect, renew, delete}) {
            button.disableProperty().bind(model.busyProperty());
        }
        HBox bar = new HBox(8, connect, disconnect, renew, delete);
        bar.visibleProperty().bind(form.modeProperty().isEqualTo(SubaccountForm.Mode.EDIT));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node fields() {
        FormLayout layout = new FormLayout();
        boolean[] editing = {false};

        ComboBox<String> region = new ComboBox<>();
        region.setEditable(true);
        region.getItems().setAll(RegionHosts.known().stream().map(KnownRegion::host).toList());
        region.setConverter(new StringConverter<>() {
            @Override public String toString(String host) { return host == null ? "" : RegionHosts.labelOf(host); }
            @Override public String fromString(String text) { return RegionHosts.hostOf(text); }
        });
        region.setPromptText("Choose or type a region host");
        region.setVisibleRowCount(14);
        region.getEditor().textProperty().addListener((obs, old, now) -> {
            if (!editing[0]) {
                form.region().set(RegionHosts.hostOf(now));
            }
        });
        form.region().valueProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(RegionHosts.hostOf(region.getEditor().getText()), now)) {
                editing[0] = true;
                region.setValue(now == null || now.isEmpty() ? null : now);
                region.getEditor().setText(RegionHosts.labelOf(now));
                editing[0] = false;
            }
        });
        layout.add(form.region(), region, null);

        TextField subaccount = bound(form.subaccount());
        subaccount.setPromptText("e.g. 12345678-90ab-cdef-1234-567890abcdef");
        layout.add(form.subaccount(), subaccount, null);
        TextField displayName = bound(form.displayName());
        displayName.setPromptText("optional; defaults to the subaccount ID");
        layout.add(form.displayName(), displayName, null);
        TextField user = bound(form.cloudUser());
        user.setPromptText("login e-mail, or S-/P-user ID");
        layout.add(form.cloudUser(), user, null);
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(form.cloudPassword().valueProperty());
        layout.add(form.cloudPassword(), password, TWO_FACTOR_HINT);
        TextField location = bound(form.locationId());
        location.setPromptText("optional; empty = default location");
        layout.add(form.locationId(), location, null);
        TextArea description = new TextArea();
        description.textProperty().bindBidirectional(form.description().valueProperty());
        description.setPrefRowCount(2);
        description.setWrapText(true);
        layout.add(form.description(), description, null);
        CheckBox renewal = new CheckBox("Renew the certificate automatically");
        renewal.setId("auto-renewal");
        renewal.selectedProperty().bindBidirectional(form.autoRenewalProperty());
        layout.addPlain(renewal);

        var adding = form.modeProperty().isEqualTo(SubaccountForm.Mode.ADD);
        for (Node fixedOnceAdded : new Node[] {region, subaccount, user}) {
            fixedOnceAdded.disableProperty().bind(adding.not().or(model.busyProperty()));
        }
        hideRow(layout, password, adding);
        for (Node editable : new Node[] {displayName, location, description, renewal}) {
            editable.disableProperty().bind(model.busyProperty());
        }
        return layout.node();
    }

    private static void hideRow(FormLayout layout, Node field, ObservableValue<Boolean> shown) {
        layout.node().getChildren().stream()
                .filter(n -> n == field.getParent() || (n instanceof Label l && l.getLabelFor() == field))
                .forEach(n -> {
                    n.visibleProperty().bind(javafx.beans.binding.BooleanExpression.booleanExpression(shown));
                    n.managedProperty().bind(n.visibleProperty());
                });
    }

    private static TextField bound(dev.connectorconsole.ui.session.FormField field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.valueProperty());
        return text;
    }

    private Node messageArea() {
        Label message = new Label();
        message.setId("form-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        form.messageProperty().addListener((obs, old, now) -> showMessage(message, now));
        showMessage(message, form.messageProperty().get());
        return message;
    }

    private static void showMessage(Label label, FormMessage message) {
        label.getStyleClass().removeAll("form-message-error", "form-message-success");
        label.setText(message.text());
        label.setVisible(message.kind() != FormMessage.Kind.NONE);
        label.setManaged(label.isVisible());
        switch (message.kind()) {
            case ERROR -> {
                label.getStyleClass().add("form-message-error");
                label.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
            }
            case SUCCESS -> {
                label.getStyleClass().add("form-message-success");
                label.setGraphic(new FontIcon(Feather.CHECK));
            }
            case NONE -> label.setGraphic(null);
        }
    }

    private Node saveBar() {
        Button save = new Button();
        save.setId("save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.textProperty().bind(Bindings.when(form.modeProperty().isEqualTo(SubaccountForm.Mode.ADD))
                .then("Add and connect").otherwise("Save changes"));
        save.setGraphic(new FontIcon(Feather.CHECK));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button discard = new Button("Discard changes");
        discard.setId("discard");
        discard.disableProperty().bind(form.dirtyProperty().not().or(model.busyProperty()));
        discard.setOnAction(e -> {
            if (model.selectedProperty().get() == null) {
                model.startAdd();
            } else {
                model.select(model.selectedProperty().get());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, discard, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(10, new Separator(), bar);
    }

    // ---- actions -------------------------------------------------------------------------------------------

    private void delete() {
        SubaccountRow row = model.selectedProperty().get();
        if (row != null && Confirmations.ask(root, "Delete subaccount " + row.displayName() + "?",
                "The connector closes the tunnel and forgets this subaccount with all its access control "
                        + "settings. Cloud applications can no longer reach on-premise systems through it.",
                "Delete")) {
            model.delete();
        }
    }

    private void renewCertificate() {
        SubaccountRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        RenewCertificateDialog.ask(root, row.displayName(), row.regionHost(), form.cloudUser().value())
                .ifPresent(answer -> model.renewCertificate(answer.user(), answer.password(),
                        problem -> form.messageProperty().set(FormMessage.error(problem))));
    }

    /** Disables nodes while no connector is signed in. */
    private static final class BooleanSignedIn {
        static void bindDisable(SubaccountsViewModel model, Node... nodes) {
            var signedOut = model.session().stateProperty().isNotEqualTo(SessionState.SIGNED_IN);
            for (Node node : nodes) {
                node.disableProperty().bind(signedOut.or(model.busyProperty()));
            }
        }
    }
}
