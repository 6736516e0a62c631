package dev.connectorconsole.ui.subaccounts;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.session.SessionState;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The screen's title row: what is running, "Add subaccount" and reload; both buttons need a signed-in connector. */
final class SubaccountsHeader {
    private SubaccountsHeader() {}

    /** @param onAdd what "Add subaccount" does (the screen asks about unsaved changes first) */
    static Node build(SubaccountsViewModel model, Runnable onAdd) {
        Label title = new Label("Subaccounts");
        title.getStyleClass().add(Styles.TITLE_3);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("Add subaccount", new FontIcon(Feather.PLUS));
        add.setId("add-subaccount");
        add.setOnAction(e -> onAdd.run());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refresh-subaccounts");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Reload from the connector (F5)"));
        refresh.setOnAction(e -> model.refresh());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label busy = new Label(null, spinner);
        busy.textProperty().bind(model.busyTextProperty());
        busy.getStyleClass().add(Styles.TEXT_MUTED);
        busy.visibleProperty().bind(model.busyProperty());
        busy.setId("busy");
        Label asOf = new Label();
        asOf.setId("subaccounts-as-of");
        asOf.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        asOf.textProperty().bind(model.asOfProperty());
        asOf.visibleProperty().bind(model.asOfProperty().isNotEmpty());
        asOf.managedProperty().bind(asOf.visibleProperty());
        HBox header = new HBox(title, busy, spacer, asOf, add, refresh);
        header.getStyleClass().add("screen-header");
        disableUnlessSignedIn(model, add, refresh);
        return header;
    }

    /** Disables nodes while no connector is signed in or a call is running. */
    private static void disableUnlessSignedIn(SubaccountsViewModel model, Node... nodes) {
        var signedOut = model.session().stateProperty().isNotEqualTo(SessionState.SIGNED_IN);
        for (Node node : nodes) {
            node.disableProperty().bind(signedOut.or(model.busyProperty()));
        }
    }
}
