package dev.connectorconsole.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;

/** Light or dark AtlantaFX Primer theme plus the app's own stylesheet. */
public final class Theme {
    public static final String APP_CSS = Theme.class.getResource("/dev/connectorconsole/ui/app.css").toExternalForm();

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();

    public Theme(boolean dark) {
        this.dark.set(dark);
        applyUserAgent();
    }

    public void attach(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }

    public void setDark(boolean value) {
        dark.set(value);
        applyUserAgent();
    }

    public void toggle() {
        setDark(!dark.get());
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void applyUserAgent() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
