package dev.connectorconsole.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A running sandbox on a free port plus an HTTPS client that trusts exactly the sandbox's certificate, read from the
 * data folder's key store (never trust-all).
 */
final class SandboxFixture implements AutoCloseable {
    static final String USER = "Administrator";
    static final String INITIAL_PASSWORD = "manage";
    static final String PASSWORD = "Sandbox-Test-1";
    private static Path initializedTemplate;

    private final Path dataDir;
    private SandboxOptions options;
    private SandboxServer server;
    private HttpClient client;

    private SandboxFixture(Path dataDir, SandboxOptions options) {
        this.dataDir = dataDir;
        this.options = options;
    }

    /** A fresh sandbox as after installation: initial password, HA role undefined. */
    static SandboxFixture fresh(Path dataDir) {
        return fresh(dataDir, SandboxOptions.defaults(dataDir).withConnectDelay(Duration.ZERO).withHaBindTime(Duration.ZERO));
    }

    static SandboxFixture fresh(Path dataDir, SandboxOptions options) {
        SandboxFixture fixture = new SandboxFixture(dataDir, options);
        fixture.start();
        return fixture;
    }

    /**
     * A fresh sandbox whose password was changed to {@link #PASSWORD} and whose HA role is master. The first call
     * does that through the API and keeps the folder as a template; later calls copy the template (PBKDF2 is slow).
     */
    static synchronized SandboxFixture initialized(Path dataDir) {
        try {
            if (initializedTemplate == null) {
                // in the build folder, so that "mvn clean" removes it with everything else the build made
                Path template = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sandbox-template");
                try (SandboxFixture setup = fresh(template)) {
                    setup.changeInitialPassword();
                    setup.send("POST", "/api/v1/configuration/connector/haRole", "\"master\"").expect(204);
                }
                initializedTemplate = template;
            }
            Files.createDirectories(dataDir);
            for (String file : new String[] {StateStore.FILE_NAME, UiCertificate.FILE_NAME}) {
                Files.copy(initializedTemplate.resolve(file), dataDir.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fresh(dataDir);
    }

    void changeInitialPassword() {
        sendAs(INITIAL_PASSWORD, "PUT", "/api/v1/configuration/connector/authentication/basic",
                "{\"oldPassword\":\"" + INITIAL_PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}").expect(204);
    }

    void start() {
        server = SandboxServer.start(options);
        client = HttpClient.newBuilder().sslContext(trustingOnly(dataDir)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Stops the sandbox and starts it again on the same port and data folder, like restarting its container. */
    void restart() {
        stop();
        start();
    }

    /** Stops the sandbox, like stopping its container; {@link #start} starts it again on the same port. */
    void stop() {
        options = options.withPort(server.port());
        server.close();
    }

    /** The same sandbox (data folder, port) with {@code change} applied to its options from its next start. */
    void changeOptions(java.util.function.UnaryOperator<SandboxOptions> change) {
        options = change.apply(options);
    }

    SandboxServer server() {
        return server;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Sends with {@link #PASSWORD}. */
    Reply send(String method, String path, String jsonBody) {
        return sendAs(PASSWORD, method, path, jsonBody);
    }

    Reply sendAs(String password, String method, String path, String jsonBody) {
        HttpRequest.Builder request = request(path).header("Authorization", basic(USER, password));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.method(method, jsonBody == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(Duration.ofSeconds(30));
    }

    Reply exchange(HttpRequest.Builder request) {
        try {
            return new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static SSLContext trustingOnly(Path dataDir) {
        try {
            X509Certificate certificate = SandboxServer.certificateIn(dataDir);
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("sandbox", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the sandbox certificate in " + dataDir, e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
