package dev.connectorconsole.ui.connectorsettings;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import dev.connectorconsole.ui.subaccounts.FormMessageArea;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Small pieces the settings forms share: bound text fields, buttons, status lines. */
final class FormParts {
    private FormParts() {}

    static TextField text(FormField field, String prompt) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.valueProperty());
        text.setPromptText(prompt);
        return text;
    }

    static Button button(String id, String text, Runnable action, ObservableBooleanValue busy, boolean accent) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(false);
        if (accent) {
            button.getStyleClass().add(Styles.ACCENT);
        }
        button.disableProperty().bind(javafx.beans.binding.BooleanExpression.booleanExpression(busy));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The form's status line: the outcome of its last save (the connector's message on failure). */
    static Label status(String id, ObjectProperty<FormMessage> message) {
        Label label = FormMessageArea.create(message);
        label.setId(id);
        return label;
    }

    static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return note;
    }
}
