package dev.connectorconsole.ui.shell;

import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.ui.fx.FxThread;

/** {@link Notifier} shown as ControlsFX notifications in the lower right corner of the main window. */
public final class ControlsFxNotifier implements Notifier {
    private final Supplier<Window> owner;

    public ControlsFxNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void info(String title, String text) {
        show(title, text, Feather.INFO, "notification-info", Duration.seconds(5));
    }

    @Override
    public void success(String title, String text) {
        show(title, text, Feather.CHECK_CIRCLE, "notification-success", Duration.seconds(5));
    }

    @Override
    public void failure(String title, String text) {
        show(title, text, Feather.ALERT_OCTAGON, "notification-failure", Duration.seconds(10));
    }

    private void show(String title, String text, Feather icon, String styleClass, Duration duration) {
        FxThread.run(() -> {
            Window window = owner.get();
            if (window == null || !window.isShowing()) {
                return;
            }
            FontIcon graphic = new FontIcon(icon);
            graphic.getStyleClass().addAll("notification-icon", styleClass);
            Notifications.create()
                    .owner(window)
                    .title(title)
                    .text(text)
                    .graphic(graphic)
                    .position(Pos.BOTTOM_RIGHT)
                    .hideAfter(duration)
                    .show();
        });
    }
}
