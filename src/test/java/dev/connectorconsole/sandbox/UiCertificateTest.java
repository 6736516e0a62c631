package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox presents a self-signed certificate for this host, valid a year, whose fingerprint it reports. */
class UiCertificateTest {
    @TempDir
    Path dataDir;

    @Test
    void thePresentedCertificateIsTheReportedOne() throws Exception {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            HttpResponse<String> response = sandbox.exchange(sandbox.request("/exposed?action=ping").GET()).response();
            X509Certificate presented = (X509Certificate) response.sslSession().orElseThrow().getPeerCertificates()[0];
            assertThat(UiCertificate.fingerprint(presented)).isEqualTo(sandbox.server().certificateSha256());

            assertThat(presented.getSubjectX500Principal().getName()).startsWith("CN=" + UiCertificate.hostName() + ",");
            assertThat(presented.getIssuerX500Principal()).isEqualTo(presented.getSubjectX500Principal());
            List<String> altNames = presented.getSubjectAlternativeNames().stream()
                    .map(entry -> String.valueOf(entry.get(1))).collect(Collectors.toList());
            assertThat(altNames).contains("localhost", "127.0.0.1", UiCertificate.hostName().toLowerCase());
            Duration validity = Duration.between(presented.getNotBefore().toInstant(), presented.getNotAfter().toInstant());
            assertThat(validity).isBetween(Duration.ofDays(365), Duration.ofDays(365).plusMinutes(10));
            assertThat(presented.getNotBefore().toInstant()).isBefore(Instant.now());
        }
    }

    @Test
    void aClientThatTrustsOnlyTheDefaultAuthoritiesRefusesTheSandbox() throws Exception {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            HttpClient defaultTrust = HttpClient.newHttpClient();
            HttpRequest ping = HttpRequest.newBuilder(sandbox.server().baseUri().resolve("/exposed?action=ping")).build();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> defaultTrust.send(ping, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }
}
