package dev.connectorconsole.connector;

import java.time.Instant;

/**
 * One alert of {@code /api/monitoring/alerts} (connector 2.19+). {@code status} is the severity (e.g. Warning),
 * {@code type} the cause (e.g. Disk, CPU, UICertificate, SubaccountCertificate), {@code origin} the HA role that raised
 * it, {@code entity} what it concerns, {@code <subaccount>@<regionHost>} for a subaccount or "" for the connector.
 * {@code time} is null when the connector sent none that could be read.
 */
public record ConnectorAlert(Instant time, String status, String type, String origin, String message, String entity) {
    /** The subaccount id when the entity names one ({@code id@region}), else null. */
    public String subaccount() {
        int at = entity == null ? -1 : entity.indexOf('@');
        return at > 0 ? entity.substring(0, at) : null;
    }

    /** The region host when the entity names a subaccount, else null. */
    public String regionHost() {
        int at = entity == null ? -1 : entity.indexOf('@');
        return at > 0 && at < entity.length() - 1 ? entity.substring(at + 1) : null;
    }
}
