package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.session.FormLayout;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * The fields of the subaccount form, bound to {@link SubaccountForm} with their live messages and decorations (via
 * {@link FormLayout}). Region, subaccount ID and user are fixed once a subaccount exists; the password is asked only
 * when adding one.
 */
final class SubaccountFields {
    static final String TWO_FACTOR_HINT =
            "If two-factor authentication is on, append the current passcode to the password.";

    private SubaccountFields() {}

    static Node build(SubaccountsViewModel model) {
        SubaccountForm form = model.form();
        FormLayout layout = new FormLayout();

        ComboBox<String> region = regionChooser(form.region());
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
        renewal.setWrapText(true);
        renewal.selectedProperty().bindBidirectional(form.autoRenewalProperty());
        layout.addPlain(renewal);

        var adding = form.modeProperty().isEqualTo(SubaccountForm.Mode.ADD);
        for (Node fixedOnceAdded : new Node[] {region, subaccount, user}) {
            fixedOnceAdded.disableProperty().bind(adding.not().or(model.busyProperty()));
        }
        layout.showRowWhen(password, adding);
        for (Node editable : new Node[] {displayName, location, description, renewal}) {
            editable.disableProperty().bind(model.busyProperty());
        }
        return layout.node();
    }

    /** An editable list of the known regions, shown by label; what the user types is kept as a region host. */
    private static ComboBox<String> regionChooser(FormField field) {
        boolean[] editing = {false};
        ComboBox<String> region = new ComboBox<>();
        region.setEditable(true);
        region.getItems().setAll(RegionHosts.known().stream().map(KnownRegion::host).toList());
        region.setConverter(new StringConverter<>() {
            @Override public String toString(String host) { return host == null ? "" : RegionHosts.labelOf(host); }
            @Override public String fromString(String text) { return RegionHosts.hostOf(text); }
        });
        region.setPromptText("Choose or type a region host");
        RegionCell.install(region);
        region.getEditor().textProperty().addListener((obs, old, now) -> {
            if (!editing[0]) {
                field.set(RegionHosts.hostOf(now));
            }
        });
        field.valueProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(RegionHosts.hostOf(region.getEditor().getText()), now)) {
                editing[0] = true;
                region.setValue(now == null || now.isEmpty() ? null : now);
                region.getEditor().setText(RegionHosts.labelOf(now));
                editing[0] = false;
            }
        });
        return region;
    }

    private static TextField bound(FormField field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.valueProperty());
        return text;
    }
}
