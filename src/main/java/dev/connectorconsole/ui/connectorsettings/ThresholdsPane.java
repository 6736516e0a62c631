package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.session.FormLayout;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** The Alert thresholds tab: when the connector raises CPU, disk and certificate alerts. */
final class ThresholdsPane {
    private ThresholdsPane() {}

    static Node build(ConnectorSettingsViewModel model) {
        ThresholdsForm form = model.thresholds();
        FormLayout layout = new FormLayout();
        for (FormField field : form.fields()) {
            layout.add(field, FormParts.text(field, ""), null);
        }
        VBox box = new VBox(12, FormParts.note("An alert is raised when the CPU load stays above the limit for the given time, "
                + "when free disk space falls below the limit, or when a certificate expires within the given days."),
                layout.node(),
                FormParts.button("save-thresholds", "Save thresholds", model::saveThresholds, model.busyProperty(), true),
                FormParts.status("thresholds-message", form.messageProperty()));
        box.setPadding(new Insets(12));
        box.setMaxWidth(720);
        return box;
    }
}
