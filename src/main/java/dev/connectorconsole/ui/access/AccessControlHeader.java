package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.session.SessionState;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The title row: which subaccount's access control is shown (choosing another asks about unsaved changes first),
 * what is running, "Add system" and reload.
 */
final class AccessControlHeader {
    private AccessControlHeader() {}

    static Node build(AccessControlViewModel model, BooleanSupplier canLeave, Runnable onAdd, Node transferMenu) {
        Label title = new Label("Access control");
        title.getStyleClass().add(Styles.TITLE_3);
        Label of = new Label("for");
        of.getStyleClass().add(Styles.TEXT_MUTED);
        ComboBox<SubaccountChoice> subaccount = new ComboBox<>(model.subaccounts());
        subaccount.setId("access-subaccount");
        subaccount.setPromptText("no subaccount");
        subaccount.setMinWidth(220);
        follow(model, subaccount, canLeave);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label busy = new Label(null, spinner);
        busy.setId("access-busy");
        busy.textProperty().bind(model.calls().busyTextProperty());
        busy.getStyleClass().add(Styles.TEXT_MUTED);
        busy.visibleProperty().bind(model.calls().busyProperty());
        busy.setMinWidth(0);
        HBox.setHgrow(busy, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("Add system", new FontIcon(Feather.PLUS));
        add.setId("add-system");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> onAdd.run());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refresh-access");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Reload from the connector (F5)"));
        refresh.setOnAction(e -> model.refresh());
        var signedOut = model.session().stateProperty().isNotEqualTo(SessionState.SIGNED_IN);
        add.disableProperty().bind(signedOut.or(model.calls().busyProperty()).or(model.subaccountProperty().isNull()));
        refresh.disableProperty().bind(signedOut.or(model.calls().busyProperty()));
        subaccount.disableProperty().bind(signedOut.or(model.calls().busyProperty()));
        HBox header = new HBox(title, of, subaccount, busy, spacer, transferMenu, add, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    /** Keeps the chooser and the model's subaccount in step; a refused change puts the old choice back. */
    private static void follow(AccessControlViewModel model, ComboBox<SubaccountChoice> box, BooleanSupplier canLeave) {
        boolean[] reverting = {false};
        box.valueProperty().addListener((obs, old, now) -> {
            if (reverting[0] || now == null || Objects.equals(now, model.subaccountProperty().get())) {
                return;
            }
            if (canLeave.getAsBoolean()) {
                model.subaccountProperty().set(now);
            } else {
                reverting[0] = true;
                box.setValue(old);
                reverting[0] = false;
            }
        });
        Runnable showModel = () -> {
            reverting[0] = true;
            box.setValue(model.subaccountProperty().get());
            reverting[0] = false;
        };
        model.subaccountProperty().addListener((obs, old, now) -> showModel.run());
        // New items (a reload) make the box drop its value after this listener has run: show the model's again then.
        model.subaccounts().addListener((javafx.collections.ListChangeListener<SubaccountChoice>) c ->
                javafx.application.Platform.runLater(showModel));
    }
}
