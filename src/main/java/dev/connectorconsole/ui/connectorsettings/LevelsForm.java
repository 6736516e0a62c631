package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.AuditLogSettings;
import dev.connectorconsole.connector.LogAndTraceLevels;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Log and trace levels and the audit log, chosen from the values the connector accepts. */
final class LevelsForm {
    private final ObjectProperty<String> sccLevel = new SimpleObjectProperty<>("INFO");
    private final ObjectProperty<String> otherLevel = new SimpleObjectProperty<>("ERROR");
    private final ObjectProperty<Integer> cpicLevel = new SimpleObjectProperty<>(0);
    private final BooleanProperty tlsTrace = new SimpleBooleanProperty();
    private final ObjectProperty<String> auditLevel = new SimpleObjectProperty<>("SECURITY");
    private final ObjectProperty<Integer> auditCleanup = new SimpleObjectProperty<>(0);
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);

    void load(LogAndTraceLevels levels, AuditLogSettings audit) {
        sccLevel.set(levels.sccLogLevel());
        otherLevel.set(levels.otherLogLevel());
        cpicLevel.set(levels.cpicTraceLevel());
        tlsTrace.set(levels.tlsTrace());
        auditLevel.set(audit.level());
        auditCleanup.set(audit.cleanupDays());
    }

    /** "" when every choice is made, otherwise what is missing. */
    String problem() {
        if (sccLevel.get() == null || otherLevel.get() == null || cpicLevel.get() == null) {
            return "Choose every log and trace level.";
        }
        return auditLevel.get() == null || auditCleanup.get() == null ? "Choose the audit log level and its cleanup." : "";
    }

    LogAndTraceLevels levels() {
        return new LogAndTraceLevels(sccLevel.get(), otherLevel.get(), cpicLevel.get(), tlsTrace.get());
    }

    AuditLogSettings audit() {
        return new AuditLogSettings(auditLevel.get(), auditCleanup.get());
    }

    ObjectProperty<String> sccLevelProperty() { return sccLevel; }
    ObjectProperty<String> otherLevelProperty() { return otherLevel; }
    ObjectProperty<Integer> cpicLevelProperty() { return cpicLevel; }
    BooleanProperty tlsTraceProperty() { return tlsTrace; }
    ObjectProperty<String> auditLevelProperty() { return auditLevel; }
    ObjectProperty<Integer> auditCleanupProperty() { return auditCleanup; }
    ObjectProperty<FormMessage> messageProperty() { return message; }
}
