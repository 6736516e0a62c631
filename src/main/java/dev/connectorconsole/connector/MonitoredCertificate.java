package dev.connectorconsole.connector;

import java.time.Duration;
import java.time.Instant;

/**
 * A certificate whose private key the connector holds, as {@code /api/monitoring/certificates} lists it.
 * {@code type} is UI, System, CA or subaccount; {@code subaccount}/{@code regionHost} only for subaccount certificates;
 * {@code validTo} null when unreadable.
 */
public record MonitoredCertificate(Validity validity, String type, Instant validTo, String subjectDN, String issuerDN,
                                   String serialNumber, String subaccount, String regionHost) {
    /** The group the connector put the certificate in. */
    public enum Validity { EXPIRED, EXPIRING, OK }

    /** Whole days from {@code now} until it expires, negative once expired; null when the date is unknown. */
    public Long daysLeft(Instant now) {
        if (validTo == null) {
            return null;
        }
        long millis = Duration.between(now, validTo).toMillis();
        return Math.floorDiv(millis, Duration.ofDays(1).toMillis());
    }
}
