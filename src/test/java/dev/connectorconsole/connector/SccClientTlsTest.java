package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HttpsFixture.Reply;
import dev.connectorconsole.connector.SccException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS handshakes against a loopback HTTPS server: pinning, changed and untrusted certificates, CA bundles. */
class SccClientTlsTest {
    private static final Credentials ADMIN = new Credentials("Administrator", new Secret("s3cret-Admin"));
    private static final String VERSION_PATH = "/api/v1/connector/version";

    @TempDir
    Path tmp;

    private HttpsFixture server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpsFixture serve(TestCertificates.Issued identity, java.security.cert.Certificate... chainAbove) {
        server = HttpsFixture.start(identity, chainAbove)
                .on("GET", VERSION_PATH, Reply.json(200, "{\"version\":\"2.19.0.2\"}"));
        return server;
    }

    @Test
    void pinnedSelfSignedCertificateIsTrustedAlthoughIssuedForTheContainerHostName() {
        serve(TestCertificates.selfSigned("scc-1", "scc-1"));

        try (SccClient client = new SccClient(server.endpoint(), ADMIN, TrustSettings.pinned(server.sha256()))) {
            assertThat(client.version()).isEqualTo("2.19.0.2");
        }
        assertThat(server.requests()).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).startsWith("Basic "));
    }

    @Test
    void pinMayBeTypedInLowerCaseWithoutColons() {
        serve(TestCertificates.selfSigned("scc-1"));
        String typed = server.sha256().replace(":", "").toLowerCase(Locale.ROOT);

        try (SccClient client = new SccClient(server.endpoint(), ADMIN, TrustSettings.pinned(typed))) {
            assertThat(client.version()).isEqualTo("2.19.0.2");
        }
    }

    @Test
    void changedCertificateIsRefusedBeforeAnyRequestIsSent() {
        serve(TestCertificates.selfSigned("scc-1"));
        String formerPin = TestCertificates.selfSigned("scc-1").sha256();

        SccException failure;
        try (SccClient client = new SccClient(server.endpoint(), ADMIN, TrustSettings.pinned(formerPin))) {
            failure = catchThrowableOfType(SccException.class, client::version);
        }

        assertThat(failure.kind()).isEqualTo(Kind.CERTIFICATE_CHANGED);
        assertThat(failure.expectedSha256()).contains(formerPin);
        assertThat(failure.presented()).get().extracting(ServerCertificate::sha256).isEqualTo(server.sha256());
        assertThat(failure.getMessage()).contains(formerPin).contains(server.sha256());
        assertThat(server.requests()).as("credentials never left the client").isEmpty();
    }

    @Test
    void unknownSelfSignedCertificateWithoutPinIsUntrustedAndShownToTheUser() {
        serve(TestCertificates.selfSigned("scc-1"));

        SccException failure;
        try (SccClient client = new SccClient(server.endpoint(), ADMIN, TrustSettings.jdkDefault())) {
            failure = catchThrowableOfType(SccException.class, client::version);
        }

        assertThat(failure.kind()).isEqualTo(Kind.UNTRUSTED_CERTIFICATE);
        ServerCertificate presented = failure.presented().orElseThrow();
        assertThat(presented.sha256()).isEqualTo(server.sha256());
        assertThat(presented.subject()).isEqualTo("CN=scc-1");
        assertThat(presented.isSelfSigned()).isTrue();
        assertThat(failure.expectedSha256()).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void caBundleTrustsCertificatesItIssuedForTheRightHost() throws Exception {
        TestCertificates.Issued ca = TestCertificates.authority("Test Root CA");
        serve(TestCertificates.issuedBy(ca, "connector.local", "127.0.0.1"), ca.certificate());

        try (SccClient client = new SccClient(server.endpoint(), ADMIN, TrustSettings.caBundle(bundle(ca)))) {
            assertThat(client.version()).isEqualTo("2.19.0.2");
        }
    }

    @Test
    void caBundleStillVerifiesTheHostName() throws Exception {
        TestCertificates.Issued ca = TestCertificates.authority("Test Root CA");
        serve(TestCertificates.issuedBy(ca, "elsewhere.example", "elsewhere.example"), ca.certificate());

        SccException failure;
        try (SccClient client = new SccClient(server.endpoint(), ADMIN, TrustSettings.caBundle(bundle(ca)))) {
            failure = catchThrowableOfType(SccException.class, client::version);
        }

        assertThat(failure.kind()).isEqualTo(Kind.UNTRUSTED_CERTIFICATE);
        assertThat(failure.getMessage()).contains("host name");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void caBundleDoesNotVouchForAnotherAuthority() throws Exception {
        TestCertificates.Issued trusted = TestCertificates.authority("Trusted CA");
        TestCertificates.Issued other = TestCertificates.authority("Other CA");
        serve(TestCertificates.issuedBy(other, "connector.local", "127.0.0.1"), other.certificate());

        SccException failure;
        try (SccClient client = new SccClient(server.endpoint(), ADMIN, TrustSettings.caBundle(bundle(trusted)))) {
            failure = catchThrowableOfType(SccException.class, client::version);
        }

        assertThat(failure.kind()).isEqualTo(Kind.UNTRUSTED_CERTIFICATE);
        assertThat(failure.presented()).get().extracting(ServerCertificate::issuer).isEqualTo("CN=Other CA");
    }

    @Test
    void withPinAndBundleACertificateTheBundleVouchesForIsAccepted() throws Exception {
        TestCertificates.Issued ca = TestCertificates.authority("Company CA");
        serve(TestCertificates.issuedBy(ca, "connector.local", "127.0.0.1"), ca.certificate());
        String oldSelfSignedPin = TestCertificates.selfSigned("scc-1").sha256();

        try (SccClient client = new SccClient(server.endpoint(), ADMIN,
                new TrustSettings(oldSelfSignedPin, bundle(ca)))) {
            assertThat(client.version()).isEqualTo("2.19.0.2");
        }
    }

    @Test
    void withPinAndBundleAnUnvouchedDifferentCertificateIsReportedAsChanged() throws Exception {
        serve(TestCertificates.selfSigned("scc-1"));
        String oldPin = TestCertificates.selfSigned("scc-1").sha256();

        SccException failure;
        try (SccClient client = new SccClient(server.endpoint(), ADMIN,
                new TrustSettings(oldPin, bundle(TestCertificates.authority("Company CA"))))) {
            failure = catchThrowableOfType(SccException.class, client::version);
        }

        assertThat(failure.kind()).isEqualTo(Kind.CERTIFICATE_CHANGED);
        assertThat(server.requests()).isEmpty();
    }

    private Path bundle(TestCertificates.Issued ca) throws Exception {
        Path file = Files.createTempFile(tmp, "ca", ".pem");
        Files.writeString(file, TestCertificates.pem(ca.certificate()));
        return file;
    }
}
