package dev.connectorconsole.ui.subaccounts;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.connector.TunnelState;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What can be done with the selected subaccount: connect or disconnect (whichever applies), renew its certificate,
 * delete it (after a confirmation). Shown only while an existing subaccount is in the form.
 */
final class SubaccountActionBar {
    private final SubaccountsViewModel model;
    private final SubaccountForm form;
    private final Node owner;
    private final FlowPane bar;
    private final Button access = new Button("Access control…", new FontIcon(Feather.SHIELD));
    private BiConsumer<String, String> openAccess;

    /** @param owner a node of the screen, owner of the confirmation and renewal dialogs */
    SubaccountActionBar(SubaccountsViewModel model, Node owner) {
        this.model = model;
        this.form = model.form();
        this.owner = owner;
        Button connect = new Button("Connect", new FontIcon(Feather.LINK));
        connect.setId("connect");
        connect.setOnAction(e -> model.connect());
        Button disconnect = new Button("Disconnect", new FontIcon(Feather.SLASH));
        disconnect.setId("disconnect");
        disconnect.setOnAction(e -> model.disconnect());
        Button renew = new Button("Renew certificate…", new FontIcon(Feather.AWARD));
        renew.setId("renew-certificate");
        renew.setOnAction(e -> renewCertificate());
        access.setId("access-control");
        access.setOnAction(e -> {
            SubaccountRow row = model.selectedProperty().get();
            if (row != null && openAccess != null) {
                openAccess.accept(row.regionHost(), row.subaccount());
            }
        });
        access.setVisible(false);
        access.setManaged(false);
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
        for (Button button : new Button[] {connect, disconnect, renew, access, delete}) {
            button.disableProperty().bind(model.busyProperty());
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // A narrow form puts the buttons on two lines rather than cutting their words.
        bar = new FlowPane(8, 8, connect, disconnect, renew, access, delete);
        bar.visibleProperty().bind(form.modeProperty().isEqualTo(SubaccountForm.Mode.EDIT));
        bar.managedProperty().bind(bar.visibleProperty());
    }

    /** Offers "Access control…", which opens the selected subaccount's access control (region host, subaccount). */
    void onOpenAccess(BiConsumer<String, String> openAccess) {
        this.openAccess = openAccess;
        access.setVisible(true);
        access.setManaged(true);
    }

    Node node() {
        return bar;
    }

    private void delete() {
        SubaccountRow row = model.selectedProperty().get();
        if (row != null && Confirmations.ask(owner, "Delete subaccount " + row.displayName() + "?",
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
        RenewCertificateDialog.ask(owner, row.displayName(), row.regionHost(), form.cloudUser().value())
                .ifPresent(answer -> model.renewCertificate(answer.user(), answer.password(),
                        problem -> form.messageProperty().set(FormMessage.error(problem))));
    }
}
