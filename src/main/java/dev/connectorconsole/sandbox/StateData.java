package dev.connectorconsole.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Everything the sandbox connector remembers between runs (file {@code state.json} in the data folder). */
final class StateData {
    static final String HA_UNDEFINED = "undefined";
    static final String SANDBOX_DESCRIPTION = "Sandbox connector (Connector Console emulator of the SCC 2.19 admin API)";

    public int formatVersion = 1;
    public List<UserData> users = new ArrayList<>();
    public String haRole = HA_UNDEFINED;
    /** A fresh sandbox says what it is here; the user may change it like on a real connector. */
    public String description = SANDBOX_DESCRIPTION;
    public List<SubaccountData> subaccounts = new ArrayList<>();
    public long nextChannelId = 1;
    public AlertingData alerting = new AlertingData();
    /** Null when the connector reaches the cloud directly. */
    public ProxyData proxy;
    public List<SubjectPatternRuleData> subjectPatternRules = new ArrayList<>(List.of(SubjectPatternRuleData.catchAll()));
    public LogSettingsData logSettings = new LogSettingsData();
    public HaData ha = new HaData();

    /** Takes over every field of {@code other} (a restored state). */
    void copyFrom(StateData other) {
        formatVersion = other.formatVersion;
        users = new ArrayList<>(other.users);
        haRole = other.haRole;
        description = other.description;
        subaccounts = new ArrayList<>(other.subaccounts);
        nextChannelId = other.nextChannelId;
        alerting = other.alerting == null ? new AlertingData() : other.alerting;
        proxy = other.proxy;
        subjectPatternRules = other.subjectPatternRules == null
                ? new ArrayList<>(List.of(SubjectPatternRuleData.catchAll())) : new ArrayList<>(other.subjectPatternRules);
        logSettings = other.logSettings == null ? new LogSettingsData() : other.logSettings;
        ha = other.ha == null ? new HaData() : other.ha;
    }
}
