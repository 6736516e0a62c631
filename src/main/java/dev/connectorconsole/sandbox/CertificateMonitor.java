package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /api/monitoring/certificates}: the certificates whose private key the sandbox holds, the UI certificate and
 * every subaccount certificate, sorted into expired, expiring (valid for at most the alerting threshold
 * {@code certificateValidityDays} more) and ok. The sandbox has no system or CA certificate, so none are listed.
 */
final class CertificateMonitor {
    static final String EXPIRED = "expired";
    static final String EXPIRING = "expiring";
    static final String OK = "ok";
    static final List<String> GROUPS = List.of(EXPIRED, EXPIRING, OK);

    private final Supplier<X509Certificate> uiCertificate;

    CertificateMonitor(Supplier<X509Certificate> uiCertificate) {
        this.uiCertificate = uiCertificate;
    }

    /** {@code {"expired":[…], "expiring":[…], "ok":[…]}} as at {@code now}. */
    ObjectNode all(StateData state, long now) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        GROUPS.forEach(body::putArray);
        X509Certificate ui = uiCertificate.get();
        ObjectNode uiItem = JsonNodeFactory.instance.objectNode()
                .put("type", "UI")
                .put("validTo", ui.getNotAfter().getTime())
                .put("subjectDN", ui.getSubjectX500Principal().getName())
                .put("issuerDN", ui.getIssuerX500Principal().getName())
                .put("serialNumber", ui.getSerialNumber().toString(16));
        ((ArrayNode) body.get(group(uiItem, state.alerting, now))).add(uiItem);
        for (SubaccountData subaccount : state.subaccounts) {
            CertificateData certificate = subaccount.certificate;
            if (certificate == null) {
                continue;
            }
            ObjectNode item = JsonNodeFactory.instance.objectNode()
                    .put("type", "subaccount")
                    .put("validTo", certificate.notAfterTimeStamp)
                    .put("subjectDN", certificate.subjectDN)
                    .put("issuerDN", certificate.issuer)
                    .put("serialNumber", certificate.serialNumber)
                    .put("subaccountName", subaccount.subaccount)
                    .put("subaccountRegion", subaccount.regionHost);
            ((ArrayNode) body.get(group(item, state.alerting, now))).add(item);
        }
        return body;
    }

    static String group(ObjectNode item, AlertingData alerting, long now) {
        long validTo = item.get("validTo").asLong();
        if (validTo <= now) {
            return EXPIRED;
        }
        return validTo - now <= Duration.ofDays(alerting.certificateValidityDays).toMillis() ? EXPIRING : OK;
    }
}
