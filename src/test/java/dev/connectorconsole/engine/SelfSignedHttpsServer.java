package dev.connectorconsole.engine;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTPS server with a fresh self-signed certificate (like a new connector) answering /exposed?action=ping. */
final class SelfSignedHttpsServer implements AutoCloseable {
    /** What the server received: method, path with query, whether an Authorization header came along. */
    record Request(String method, String pathAndQuery, boolean hadAuthorization) {}

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpsServer server;

    private SelfSignedHttpsServer(HttpsServer server) {
        this.server = server;
    }

    /** Starts on {@code port} (0 = any) answering the ping with {@code status}. */
    static SelfSignedHttpsServer start(int port, int status) throws Exception {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSignedContext()));
        SelfSignedHttpsServer wrapper = new SelfSignedHttpsServer(server);
        server.createContext("/", exchange -> {
            wrapper.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().containsKey("Authorization")));
            boolean ping = exchange.getRequestURI().getPath().equals("/exposed")
                    && "action=ping".equals(exchange.getRequestURI().getQuery());
            exchange.sendResponseHeaders(ping ? status : 404, -1);
            exchange.close();
        });
        server.start();
        return wrapper;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static SSLContext selfSignedContext() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=scc-test-connector");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.HOURS)),
                Date.from(now.plus(1, ChronoUnit.DAYS)), subject, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        char[] password = "changeit".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("connector", keys.getPrivate(), password, new X509Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }
}
