package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EngineTlsTest {
    @TempDir
    Path temp;

    @Test
    void aTlsEngineIsReachedWithTheCertificatesOfDockerCertPath() throws Exception {
        Path certs = temp.resolve("certs");
        try (TlsEngineFixture tlsEngine = TlsEngineFixture.start(certs)) {
            EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + tlsEngine.port(),
                    "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", certs.toString()), temp);

            try (EngineConnection connection = EngineConnection.open(endpoint)) {
                assertThat(connection.ping()).isEqualTo(new EngineInfo("20.10.24", "1.41", "linux", "amd64"));
            }
        }
    }

    @Test
    void aTlsEngineIsReachedThroughAContextsTlsMaterial() throws Exception {
        Path config = temp.resolve("docker-config");
        String id = DockerContextStore.sha256Hex("secure");
        try (TlsEngineFixture tlsEngine = TlsEngineFixture.start(config.resolve("contexts/tls").resolve(id).resolve("docker"))) {
            Path meta = java.nio.file.Files.createDirectories(config.resolve("contexts/meta").resolve(id));
            java.nio.file.Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"secure\",\"Endpoints\":{\"docker\":{\"Host\":\"tcp://127.0.0.1:"
                    + tlsEngine.port() + "\",\"SkipTLSVerify\":false}}}");

            EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_CONTEXT", "secure"), config);

            try (EngineConnection connection = EngineConnection.open(endpoint)) {
                assertThat(connection.ping().apiVersion()).isEqualTo("1.41");
            }
        }
    }

    @Test
    void unreadableCertificatesAreReportedWithTheirFolder() throws Exception {
        Path broken = java.nio.file.Files.createDirectories(temp.resolve("broken"));
        for (String file : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
            java.nio.file.Files.writeString(broken.resolve(file), "not a certificate\n");
        }
        EngineEndpoint endpoint = new EngineEndpoint(java.net.URI.create("tcp://127.0.0.1:2376"), "DOCKER_HOST", true, broken);

        EngineException failure = catchThrowableOfType(EngineException.class, () -> EngineConnection.open(endpoint).close());

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.WRONG_HOST);
        assertThat(failure.getMessage()).startsWith("The TLS certificates in " + broken + " cannot be used (")
                .endsWith("It needs ca.pem, cert.pem and key.pem.");
    }

    @Test
    void certificatesFromAnotherAuthorityFailWithTheCertificateFolderNamed() throws Exception {
        Path foreign = temp.resolve("foreign");
        TlsEngineFixture.writeForeignClientFolder(foreign);
        try (TlsEngineFixture tlsEngine = TlsEngineFixture.start(temp.resolve("unused"))) {
            EngineEndpoint endpoint = new EngineEndpoint(java.net.URI.create("tcp://127.0.0.1:" + tlsEngine.port()), "DOCKER_HOST", true, foreign);

            try (EngineConnection connection = EngineConnection.open(endpoint)) {
                EngineException failure = catchThrowableOfType(EngineException.class, connection::ping);

                assertThat(failure.kind()).isEqualTo(EngineException.Kind.WRONG_HOST);
                assertThat(failure.getMessage()).startsWith("The TLS handshake with the Docker engine at tcp://127.0.0.1:" + tlsEngine.port() + " failed (")
                        .endsWith("Check the certificates in " + foreign + ".");
            }
        }
    }
}
