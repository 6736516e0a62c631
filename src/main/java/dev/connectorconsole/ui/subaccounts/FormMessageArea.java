package dev.connectorconsole.ui.subaccounts;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The form's message line: hidden when there is nothing to say, a confirmation or a problem with its icon. */
public final class FormMessageArea {
    private FormMessageArea() {}

    public static Label create(ObjectProperty<FormMessage> source) {
        Label message = new Label();
        message.setId("form-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        source.addListener((obs, old, now) -> show(message, now));
        show(message, source.get());
        return message;
    }

    private static void show(Label label, FormMessage message) {
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
}
