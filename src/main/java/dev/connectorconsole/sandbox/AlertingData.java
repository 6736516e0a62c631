package dev.connectorconsole.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The alerting configuration ({@code /api/v1/configuration/connector/alerting}): thresholds with the documented
 * defaults (scc-operations.md §5) and which categories notify by e-mail.
 */
final class AlertingData {
    static final String[] NOTIFICATIONS = {"ha", "tunnels", "serviceChannels", "CPU", "freeDiskSpace", "certificates",
            "troubleshooting"};

    public int cpuLoad = 90;
    public int cpuLoadViolationToleranceSec = 60;
    public long freeDiskSpaceMb = 100;
    public int certificateValidityDays = 30;
    public Map<String, Boolean> notification = defaults();

    private static Map<String, Boolean> defaults() {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (String key : NOTIFICATIONS) {
            map.put(key, true);
        }
        return map;
    }
}
