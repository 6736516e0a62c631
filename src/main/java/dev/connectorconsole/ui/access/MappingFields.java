package dev.connectorconsole.ui.access;

import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.session.FormLayout;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * The fields of the system form, bound to {@link MappingForm}: choices shown in the connector UI's words, the
 * protocol and principal type lists following the back-end type and protocol, the Host header choice only for
 * HTTP(S), each field with its live message.
 */
final class MappingFields {
    static final String VIRTUAL_HINT = "What cloud applications call; need not be the real host name.";
    static final String RFC_PORT_HINT = "For RFC also a gateway or message server service: sapgw00, sapmsERP.";

    private MappingFields() {}

    static Node build(AccessControlViewModel model) {
        MappingForm form = model.form();
        FormLayout layout = new FormLayout();
        layout.add(form.backendType(), choice(form.backendType(),
                javafx.collections.FXCollections.observableArrayList(AccessChoices.backendTypes()),
                AccessChoices::backendLabel), null);
        layout.add(form.protocol(), choice(form.protocol(), form.protocols(), AccessChoices::protocolLabel), null);
        layout.add(form.virtualHost(), text(form.virtualHost(), "e.g. erp-virtual"), VIRTUAL_HINT);
        TextField virtualPort = text(form.virtualPort(), "e.g. 443");
        layout.add(form.virtualPort(), virtualPort, null);
        layout.add(form.localHost(), text(form.localHost(), "e.g. erp.corp.local"), null);
        TextField localPort = text(form.localPort(), "e.g. 44300");
        layout.add(form.localPort(), localPort, null);
        layout.addPlain(HostCheckRow.build(model));
        var rfc = Bindings.createBooleanBinding(() -> AccessChoices.isRfc(form.protocol().value()),
                form.protocol().valueProperty());
        virtualPort.promptTextProperty().bind(Bindings.when(rfc).then("e.g. sapgw00 or 3300").otherwise("e.g. 443"));
        localPort.promptTextProperty().bind(Bindings.when(rfc).then("e.g. sapgw00 or 3300").otherwise("e.g. 44300"));
        layout.add(form.principalType(), choice(form.principalType(), form.principalTypes(),
                AccessChoices::principalLabel), null);
        ComboBox<String> hostInHeader = choice(form.hostInHeader(),
                javafx.collections.FXCollections.observableArrayList(List.of("VIRTUAL", "INTERNAL")),
                AccessChoices::hostInHeaderLabel);
        layout.add(form.hostInHeader(), hostInHeader, null);
        layout.showRowWhen(hostInHeader, Bindings.createBooleanBinding(
                () -> AccessChoices.isHttp(form.protocol().value()), form.protocol().valueProperty()));
        layout.add(form.sid(), text(form.sid(), "optional, e.g. ERP"), null);
        layout.add(form.description(), text(form.description(), "optional"), null);
        RfcListTables.add(layout, form.allowedClients(), form.blockedUsers(), rfc);
        layout.node().disableProperty().bind(model.calls().busyProperty()
                .or(model.subaccountProperty().isNull()));
        return layout.node();
    }

    private static TextField text(FormField field, String prompt) {
        TextField text = new TextField();
        text.setPromptText(prompt);
        text.textProperty().bindBidirectional(field.valueProperty());
        return text;
    }

    private static ComboBox<String> choice(FormField field, ObservableList<String> values,
                                           Function<String, String> label) {
        ComboBox<String> box = new ComboBox<>(values);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(String value) { return value == null ? "" : label.apply(value); }
            @Override public String fromString(String text) { return text; }
        });
        box.valueProperty().bindBidirectional(field.valueProperty());
        // Long labels ("SAP NetWeaver Composition Environment") must not widen the form past its pane.
        box.setMinWidth(140);
        return box;
    }
}
