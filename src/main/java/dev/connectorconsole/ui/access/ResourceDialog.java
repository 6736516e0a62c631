package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.session.FormLayout;
import java.util.Collection;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * Asks for a new resource of a system: a URL path (HTTP) or a function module name (RFC), whether sub-paths (or
 * names starting with it) are included, WebSocket upgrades (HTTP), enabled, and a description. OK stays disabled
 * while the path breaks a rule.
 */
final class ResourceDialog {
    private ResourceDialog() {}

    static Optional<MappingResource> ask(Node owner, String system, String protocol, Collection<String> taken) {
        boolean http = AccessChoices.isHttp(protocol);
        FormField id = new FormField(http ? "URL path" : "Function name",
                value -> AccessRules.resourceId(value, protocol, taken));
        FormField description = new FormField("Description", AccessRules::description);
        FormLayout form = new FormLayout();
        TextField idField = new TextField();
        idField.setPromptText(http ? "e.g. /sap/opu/odata" : "e.g. BAPI_");
        idField.textProperty().bindBidirectional(id.valueProperty());
        form.add(id, idField, null);
        ToggleGroup access = new ToggleGroup();
        RadioButton withSubPaths = new RadioButton(http ? "Path and all sub-paths" : "Prefix: all names starting with it");
        withSubPaths.setId("with-sub-paths");
        withSubPaths.setToggleGroup(access);
        withSubPaths.setSelected(true);
        RadioButton exact = new RadioButton(http ? "Path only" : "Exact name");
        exact.setId("exact-only");
        exact.setToggleGroup(access);
        form.addPlain(new VBox(6, withSubPaths, exact));
        CheckBox websocket = new CheckBox("Allow WebSocket upgrade");
        websocket.setId("websocket");
        if (http) {
            form.addPlain(websocket);
        }
        CheckBox enabled = new CheckBox("Enabled: the cloud may call it");
        enabled.setId("resource-enabled");
        enabled.setSelected(true);
        form.addPlain(enabled);
        TextField descriptionField = new TextField();
        descriptionField.textProperty().bindBidirectional(description.valueProperty());
        form.add(description, descriptionField, null);
        form.node().setPrefWidth(480);

        Dialog<MappingResource> dialog = new Dialog<>();
        dialog.setTitle("Add resource");
        dialog.setHeaderText("Add a resource to " + system
                + (http ? "\nThe cloud may call only the paths listed here." : "\nThe cloud may call only the "
                + "function modules listed here."));
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("resource-dialog");
        ConnectorStyles.apply(dialog.getDialogPane(), ResourceDialog.class, null);
        Node addButton = dialog.getDialogPane().lookupButton(add);
        addButton.setId("add-resource-confirm");
        addButton.disableProperty().bind(id.validBinding().and(description.validBinding()).not());
        dialog.setResultConverter(button -> button == add
                ? new MappingResource(id.trimmed(), enabled.isSelected(), exact.isSelected(),
                        http && websocket.isSelected(), description.trimmed().isEmpty() ? null : description.trimmed(),
                        null)
                : null);
        idField.requestFocus();
        return dialog.showAndWait();
    }
}
