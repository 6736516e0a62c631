package dev.connectorconsole.connector;

/** One item of {@code /api/monitoring/subaccounts}; {@code displayName} falls back to the subaccount id. */
public record MonitoredSubaccount(String regionHost, String subaccount, String displayName, String description,
                                  String locationID, Tunnel tunnel) {
}
