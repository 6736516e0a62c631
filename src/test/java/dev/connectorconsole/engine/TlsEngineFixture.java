package dev.connectorconsole.engine;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TLS-protected fake engine answering GET /version, the way `dockerd --tlsverify` is set up: a CA, a server
 * certificate for 127.0.0.1 and a client certificate, written as ca.pem / cert.pem / key.pem like the docker CLI keeps them.
 */
final class TlsEngineFixture implements AutoCloseable {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private final HttpsServer server;

    private TlsEngineFixture(HttpsServer server) {
        this.server = server;
    }

    /** Starts the engine and writes the client's certificate folder (signed by the same CA) into {@code clientDir}. */
    static TlsEngineFixture start(Path clientDir) throws Exception {
        SSLContext tls = serverContext(clientDir);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                params.setNeedClientAuth(true);
                params.setSSLParameters(tls.getDefaultSSLParameters());
                params.setNeedClientAuth(true);
            }
        });
        server.createContext("/", exchange -> {
            byte[] body = "{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\",\"Os\":\"linux\",\"Arch\":\"amd64\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/version") ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new TlsEngineFixture(server);
    }

    /**
     * A server context for 127.0.0.1 that trusts only client certificates of a new CA, and that CA's client folder
     * (ca.pem, cert.pem, key.pem) written into {@code clientDir}, as `dockerd --tlsverify` is set up.
     */
    static SSLContext serverContext(Path clientDir) throws Exception {
        return serverContext(clientDir, "127.0.0.1");
    }

    /** The same for a server at {@code address} (an IP address of this computer). */
    static SSLContext serverContext(Path clientDir, String address) throws Exception {
        Issued ca = issue("CN=test docker CA", null, true, null);
        Issued serverCert = issue("CN=" + address, ca, false, address);
        Issued client = issue("CN=client", ca, false, null);
        writeClientFolder(clientDir, ca, client);

        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        serverKeys.load(null, null);
        serverKeys.setKeyEntry("server", serverCert.keys.getPrivate(), new char[0], new X509Certificate[] {serverCert.cert, ca.cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(serverKeys, new char[0]);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", ca.cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return tls;
    }

    /** A certificate folder from an unrelated CA: the engine's certificate will not verify with it. */
    static void writeForeignClientFolder(Path dir) throws Exception {
        Issued otherCa = issue("CN=some other CA", null, true, null);
        writeClientFolder(dir, otherCa, issue("CN=client", otherCa, false, null));
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Issued(KeyPair keys, X509Certificate cert) {}

    /** @param serverAddress the IP address a server certificate names, null for other certificates */
    private static Issued issue(String subject, Issued issuer, boolean ca, String serverAddress) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        X500Name issuerName = issuer == null ? name : new X500Name(issuer.cert.getSubjectX500Principal().getName());
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (serverAddress != null) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, serverAddress)));
        }
        KeyPair signer = issuer == null ? keys : issuer.keys;
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate())));
        return new Issued(keys, cert);
    }

    private static void writeClientFolder(Path dir, Issued ca, Issued client) throws IOException {
        Files.createDirectories(dir);
        writePem(dir.resolve("ca.pem"), ca.cert);
        writePem(dir.resolve("cert.pem"), client.cert);
        writePem(dir.resolve("key.pem"), client.keys.getPrivate());
    }

    private static void writePem(Path file, Object object) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        }
    }
}
