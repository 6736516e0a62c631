package dev.connectorconsole.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.settings.AdminReach.Scope;

/** The settings card that says who may open the admin page of a connector container the app creates. */
final class AdminReachSection {
    private AdminReachSection() {}

    static Node build(SettingsViewModel model) {
        ToggleGroup reach = new ToggleGroup();
        RadioButton thisComputer = choice("Only this computer (127.0.0.1)", "reach-this-computer", Scope.THIS_COMPUTER, reach);
        RadioButton all = choice("Other machines too: all interfaces (0.0.0.0)", "reach-all-interfaces",
                Scope.ALL_INTERFACES, reach);
        RadioButton one = choice("Other machines too: one address", "reach-one-address", Scope.ONE_ADDRESS, reach);
        select(reach, model.reachScopeProperty().get());
        model.reachScopeProperty().addListener((obs, old, now) -> select(reach, now));
        reach.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.reachScopeProperty().set((Scope) now.getUserData());
            }
        });

        TextField address = new TextField();
        address.setId("reach-address");
        address.setPromptText("192.168.1.20");
        address.setPrefColumnCount(16);
        address.setMaxWidth(220);
        address.textProperty().bindBidirectional(model.reachAddressProperty());
        address.disableProperty().bind(one.selectedProperty().not());
        VBox addressBox = new VBox(6, address, SettingsScreen.message(model.reachMessageProperty(), "reach-address-message"));
        addressBox.setPadding(new Insets(0, 0, 0, 26));

        Label warning = new Label("Other machines can open this connector's admin page. Until its initial password is"
                + " changed, anyone who reaches it can sign in as Administrator with the password \"manage\": sign in"
                + " and change it as soon as the connector runs.", new FontIcon(Feather.ALERT_TRIANGLE));
        warning.setId("reach-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("field-message");
        warning.visibleProperty().bind(thisComputer.selectedProperty().not());
        warning.managedProperty().bind(warning.visibleProperty());

        Label note = new Label("Applies to containers created from now on; a recreate keeps the container's own binding. With an engine on another"
                + " machine, \"only this computer\" publishes on that machine's address, so this app can reach it.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");

        return SettingsScreen.card("Connector admin port", "Who can reach the admin page (port 8443) of a connector"
                + " container this app creates.", new VBox(8, thisComputer, all, one, addressBox, warning, note));
    }

    private static RadioButton choice(String text, String id, Scope scope, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setUserData(scope);
        button.setToggleGroup(group);
        return button;
    }

    private static void select(ToggleGroup group, Scope scope) {
        group.getToggles().stream().filter(t -> t.getUserData() == scope).findFirst().ifPresent(group::selectToggle);
    }
}
