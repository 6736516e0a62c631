package dev.connectorconsole.ui.session;

import java.util.Objects;
import javafx.scene.Parent;

/** The stylesheet shared by the connector screens. */
public final class ConnectorStyles {
    private static final String SHARED = Objects.requireNonNull(
            ConnectorStyles.class.getResource("connector.css"), "connector.css").toExternalForm();

    private ConnectorStyles() {}

    /** Adds the shared sheet and, when given, the screen's own sheet (resolved next to {@code owner}). */
    public static void apply(Parent root, Class<?> owner, String ownSheet) {
        root.getStylesheets().add(SHARED);
        if (ownSheet != null) {
            root.getStylesheets().add(Objects.requireNonNull(owner.getResource(ownSheet), ownSheet).toExternalForm());
        }
    }
}
