package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Stands in for the cloud side of a tunnel. Rules (documented in {@link SandboxServer}):
 * a cloud password containing "wrong" is rejected by "the cloud"; a region host ending in ".invalid" cannot be
 * reached, so its tunnel ends in ConnectFailure; otherwise the tunnel connects after the configured delay.
 */
final class TunnelSimulator {
    static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(365);
    static final Duration CERTIFICATE_BACKDATE = Duration.ofHours(1);
    private static final List<String> APP_NAMES =
            List.of("approuter", "orders-srv", "inventory", "hr-portal", "analytics", "pricing", "shipping", "catalog");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration connectDelay;
    private final SandboxLogs logs;
    private final SandboxAlerts alerts;

    TunnelSimulator(Duration connectDelay, SandboxLogs logs, SandboxAlerts alerts) {
        this.connectDelay = connectDelay;
        this.logs = logs;
        this.alerts = alerts;
    }

    /** {@link #open} that writes the state change to the trace and audit log. */
    void connect(SubaccountData subaccount, long now) {
        String before = subaccount.tunnelState;
        open(subaccount, now);
        traceChange(subaccount, before);
    }

    /** {@link #close} that writes the state change to the trace and audit log. */
    void disconnect(SubaccountData subaccount) {
        String before = subaccount.tunnelState;
        close(subaccount);
        traceChange(subaccount, before);
    }

    /**
     * The cloud side ends a tunnel that was not closed on purpose (network loss, cloud restart): ConnectFailure, traced
     * and alerted like a real loss. No-op unless the tunnel is connected.
     */
    void drop(SubaccountData subaccount) {
        if (!TunnelState.CONNECTED.equals(subaccount.tunnelState)) {
            return;
        }
        subaccount.tunnelState = TunnelState.CONNECT_FAILURE;
        subaccount.connectedSinceTimeStamp = 0;
        traceChange(subaccount, TunnelState.CONNECTED);
    }

    /** A deleted subaccount's alerts go with it. */
    void forget(SubaccountData subaccount) {
        alerts.forget(subaccount.key());
    }

    private void traceChange(SubaccountData subaccount, String before) {
        String from = before == null ? TunnelState.DISCONNECTED : before;
        if (!from.equals(subaccount.tunnelState)) {
            logs.tunnelChanged(subaccount.subaccount, subaccount.regionHost, from, subaccount.tunnelState);
        }
        alerts.tunnelChanged(subaccount, from, subaccount.tunnelState);
    }

    static boolean cloudRejects(String cloudPassword) {
        return cloudPassword != null && cloudPassword.toLowerCase(Locale.ROOT).contains("wrong");
    }

    static boolean unreachable(String regionHost) {
        return regionHost.toLowerCase(Locale.ROOT).endsWith(".invalid");
    }

    static ApiException authenticationFailed(String cloudUser, String regionHost) {
        return ApiException.invalidRequest("Authentication of user '" + cloudUser + "' at region host '" + regionHost
                + "' failed: the user or password is not valid for this subaccount");
    }

    /** Waits as long as a real tunnel handshake takes (the request thread blocks, like the real connector's POST). */
    void awaitHandshake() {
        if (connectDelay.isZero()) {
            return;
        }
        try {
            Thread.sleep(connectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(500, "RUNTIME_FAILURE", "The operation was interrupted");
        }
    }

    /** Opens the tunnel at {@code now}: Connected (with a certificate if it has none) or ConnectFailure. */
    static void open(SubaccountData subaccount, long now) {
        if (unreachable(subaccount.regionHost)) {
            subaccount.tunnelState = TunnelState.CONNECT_FAILURE;
            subaccount.connectedSinceTimeStamp = 0;
            return;
        }
        if (subaccount.certificate == null) {
            subaccount.certificate = issueCertificate(subaccount, now);
        }
        subaccount.tunnelState = TunnelState.CONNECTED;
        subaccount.connectedSinceTimeStamp = now;
    }

    static void close(SubaccountData subaccount) {
        subaccount.tunnelState = TunnelState.DISCONNECTED;
        subaccount.connectedSinceTimeStamp = 0;
    }

    /** A certificate like the one the cloud issues: valid from one hour before {@code now} for 365 days, whole seconds. */
    static CertificateData issueCertificate(SubaccountData subaccount, long now) {
        long second = now - now % 1000;
        CertificateData certificate = new CertificateData();
        certificate.notBeforeTimeStamp = second - CERTIFICATE_BACKDATE.toMillis();
        certificate.notAfterTimeStamp = second + CERTIFICATE_VALIDITY.toMillis();
        String region = regionLabel(subaccount.regionHost);
        certificate.subjectDN = "CN=" + subaccount.subaccount + ",L=" + region + ",OU=" + subaccount.subaccount
                + ",OU=SAP Cloud Platform Clients,O=SAP SE,C=DE";
        certificate.issuer = "CN=SAP Cloud Platform Client CA,OU=SAP Cloud Platform Clients,O=SAP SE,L=" + region + ",C=DE";
        byte[] serial = new byte[16];
        RANDOM.nextBytes(serial);
        certificate.serialNumber = HexFormat.ofDelimiter(":").formatHex(serial);
        return certificate;
    }

    /**
     * Cloud applications using a connected tunnel: two entries derived from the subaccount id, so the same subaccount
     * always shows the same applications; none while the tunnel is not connected.
     */
    static ArrayNode applicationConnections(SubaccountData subaccount) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        if (!TunnelState.CONNECTED.equals(subaccount.tunnelState)) {
            return list;
        }
        int hash = Math.abs(subaccount.subaccount.hashCode() % 1_000_000);
        String account = subaccount.subaccount.length() > 8 ? subaccount.subaccount.substring(0, 8) : subaccount.subaccount;
        for (int i = 0; i < 2; i++) {
            ObjectNode connection = list.addObject();
            connection.put("connectionCount", 1 + (hash / (i + 1)) % 5);
            connection.put("name", account + ":" + APP_NAMES.get((hash + 3 * i) % APP_NAMES.size()));
            connection.put("type", "JAVA");
        }
        return list;
    }

    static int connectionCount(ArrayNode applicationConnections) {
        int total = 0;
        for (var node : applicationConnections) {
            total += node.get("connectionCount").asInt();
        }
        return total;
    }

    private static String regionLabel(String regionHost) {
        String[] parts = regionHost.split("\\.");
        String label = parts.length > 1 && parts[0].equals("cf") ? parts[1] : parts[0];
        return label.toUpperCase(Locale.ROOT);
    }
}
