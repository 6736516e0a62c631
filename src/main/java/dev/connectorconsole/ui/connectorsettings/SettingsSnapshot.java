package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.AlertThresholds;
import dev.connectorconsole.connector.AuditLogSettings;
import dev.connectorconsole.connector.ConnectorSettings;
import dev.connectorconsole.connector.LogAndTraceLevels;
import dev.connectorconsole.connector.ProxySettings;
import dev.connectorconsole.connector.SubjectPatternRule;
import java.util.List;
import java.util.Optional;

/** Everything the Connector settings screen shows, read in one background call. */
record SettingsSnapshot(Optional<ProxySettings> proxy, List<SubjectPatternRule> rules, LogAndTraceLevels levels,
                        AuditLogSettings audit, AlertThresholds thresholds) {
    static SettingsSnapshot read(ConnectorSettings settings) {
        return new SettingsSnapshot(settings.proxy(), settings.subjectPatternRules(), settings.logAndTraceLevels(),
                settings.auditLog(), settings.alertThresholds());
    }
}
