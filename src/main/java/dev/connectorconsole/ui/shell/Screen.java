package dev.connectorconsole.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One page of the main window. The shell calls {@link #activate()} when the user navigates to the screen and
 * {@link #deactivate()} when they leave it; streams and refresh timers start and stop on these hooks.
 */
public interface Screen {
    String title();

    Ikon icon();

    /** The screen's root node; built once and reused. */
    Node view();

    default void activate() {}

    default void deactivate() {}

    /** F5: re-read whatever the screen shows. */
    default void refresh() {}
}
