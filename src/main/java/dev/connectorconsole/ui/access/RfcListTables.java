package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.session.FormLayout;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The RFC allowed clients and blocked client users of a system as tables with Add and Remove: the rows and the form
 * field's text ("100, 200"; "100:DDIC, 000:SAP*") follow each other, so the field's rules and dirty state stay as
 * they are and a failed save keeps the rows.
 */
final class RfcListTables {
    private RfcListTables() {}

    static void add(FormLayout layout, FormField clients, FormField blocked, ObservableValue<Boolean> shown) {
        TextField client = input("new-client", "e.g. 100", 90);
        ObservableList<String> clientRows = rows(clients);
        TableView<String> clientTable = table(clientRows, "All clients may call.",
                TextColumns.<String>of("Client", item -> item, 120));
        Button addClient = button("add-client", "Add", Bindings.createBooleanBinding(() -> !isClient(client.getText())
                || clientRows.contains(client.getText().trim()), client.textProperty(), clientRows));
        addClient.setOnAction(e -> {
            clientRows.add(client.getText().trim());
            client.clear();
        });
        layout.add(clients, clientTable, null);
        under(clientTable, new HBox(6, client, addClient, remove("remove-client", clientTable, clientRows)));

        TextField userClient = input("new-blocked-client", "client", 60);
        TextField user = input("new-blocked-user", "user", 110);
        ObservableList<String> userRows = rows(blocked);
        TableView<String> userTable = table(userRows, "No user is blocked.",
                TextColumns.<String>of("Client", item -> part(item, 0), 90),
                TextColumns.<String>of("User", item -> part(item, 1), 140));
        Button addUser = button("add-blocked-user", "Add", Bindings.createBooleanBinding(
                () -> !isClient(userClient.getText()) || !isUser(user.getText())
                        || userRows.contains(blockedUser(userClient.getText(), user.getText())),
                userClient.textProperty(), user.textProperty(), userRows));
        addUser.setOnAction(e -> {
            userRows.add(blockedUser(userClient.getText(), user.getText()));
            user.clear();
        });
        layout.add(blocked, userTable, "Users of these clients may not call, whatever the resources allow.");
        under(userTable, new HBox(6, userClient, user, addUser, remove("remove-blocked-user", userTable, userRows)));
        layout.showRowWhen(clientTable, shown);
        layout.showRowWhen(userTable, shown);
    }

    /** The rows of {@code field}: set from its text when it is loaded or typed, and writing it when they change. */
    private static ObservableList<String> rows(FormField field) {
        ObservableList<String> rows = FXCollections.observableArrayList(RfcLists.items(field.value()));
        boolean[] syncing = {false};
        field.valueProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                rows.setAll(RfcLists.items(now));
                syncing[0] = false;
            }
        });
        rows.addListener((ListChangeListener<String>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                field.set(String.join(", ", rows));
                field.touch();
                syncing[0] = false;
            }
        });
        return rows;
    }

    @SafeVarargs
    private static TableView<String> table(ObservableList<String> rows, String empty,
                                           TableColumn<String, String>... columns) {
        TableView<String> table = new TableView<>(rows);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(columns));
        table.setPlaceholder(new Label(empty));
        table.setPrefHeight(120);
        return table;
    }

    private static void under(TableView<String> table, HBox inputs) {
        ((VBox) table.getParent()).getChildren().add(1, inputs);
    }

    private static TextField input(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.setMinWidth(50);
        HBox.setHgrow(field, Priority.SOMETIMES);
        return field;
    }

    private static Button button(String id, String text, BooleanBinding disabled) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(disabled);
        return button;
    }

    private static Button remove(String id, TableView<String> table, ObservableList<String> rows) {
        Button remove = new Button("Remove");
        remove.setId(id);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> rows.remove(table.getSelectionModel().getSelectedItem()));
        return remove;
    }

    private static boolean isClient(String text) {
        return text != null && text.trim().matches("[0-9]{3}");
    }

    private static boolean isUser(String text) {
        return text != null && !text.isBlank() && text.trim().length() <= 12 && !text.contains(",")
                && !text.contains(":");
    }

    private static String blockedUser(String client, String user) {
        return client.trim() + ":" + user.trim().toUpperCase(Locale.ROOT);
    }

    private static String part(String item, int index) {
        String[] parts = item.split(":", 2);
        return parts.length > index ? parts[index].trim() : "";
    }
}
