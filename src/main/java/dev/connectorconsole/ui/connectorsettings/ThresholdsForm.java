package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.AlertThresholds;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The alert thresholds form, without a toolkit. */
final class ThresholdsForm {
    private final FormField cpuLoad = new FormField("CPU load (%)", SettingsRules::cpuLoad);
    private final FormField tolerance = new FormField("For at least (seconds)", SettingsRules::toleranceSeconds);
    private final FormField freeDisk = new FormField("Free disk space below (MB)", SettingsRules::freeDiskMb);
    private final FormField certificateDays = new FormField("Certificate expires within (days)", SettingsRules::certificateDays);
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);

    void load(AlertThresholds thresholds) {
        cpuLoad.load(Integer.toString(thresholds.cpuLoad()));
        tolerance.load(Integer.toString(thresholds.cpuLoadViolationToleranceSec()));
        freeDisk.load(Long.toString(thresholds.freeDiskSpaceMb()));
        certificateDays.load(Integer.toString(thresholds.certificateValidityDays()));
    }

    List<FormField> fields() {
        return List.of(cpuLoad, tolerance, freeDisk, certificateDays);
    }

    boolean checkAll() {
        fields().forEach(FormField::touch);
        return fields().stream().allMatch(FormField::isValid);
    }

    AlertThresholds toThresholds() {
        return new AlertThresholds((int) SettingsRules.number(cpuLoad.value()), (int) SettingsRules.number(tolerance.value()),
                SettingsRules.number(freeDisk.value()), (int) SettingsRules.number(certificateDays.value()));
    }

    ObjectProperty<FormMessage> messageProperty() { return message; }
}
