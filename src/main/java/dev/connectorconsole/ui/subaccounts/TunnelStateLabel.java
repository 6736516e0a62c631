package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.TunnelState;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A tunnel state as icon + word, coloured by CSS class (never by colour alone). */
public final class TunnelStateLabel extends Label {
    /** Room a table cell needs for the longest state ("Connection failed") with its icon. */
    public static final double WIDEST = 168;

    /** One icon, its glyph changed: a new icon per update made refilling a table slow. */
    private final FontIcon icon = new FontIcon();

    public TunnelStateLabel() {
        getStyleClass().add("tunnel-state");
    }

    /** The state shown; null: none, as a new label shows. */
    private TunnelState shown;

    public void show(TunnelState state) {
        // Showing the same state again changes nothing: a new style class made the table style its cells anew.
        if (state == shown) {
            return;
        }
        shown = state;
        getStyleClass().removeAll(TunnelStates.ALL_STYLE_CLASSES);
        if (state == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        getStyleClass().add(TunnelStates.styleClass(state));
        setText(TunnelStates.word(state));
        icon.setIconCode(icon(state));
        setGraphic(icon);
    }

    private static Ikon icon(TunnelState state) {
        return switch (state) {
            case CONNECTED -> Feather.CHECK_CIRCLE;
            case DISCONNECTED -> Feather.MINUS_CIRCLE;
            case CONNECT_FAILURE -> Feather.X_CIRCLE;
            case UNKNOWN -> Feather.HELP_CIRCLE;
        };
    }
}
