package dev.connectorconsole.connector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.connectorconsole.common.NamedThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A real HTTPS server on a loopback port (JDK HttpsServer) answering canned replies per method and raw path, and
 * recording every request that reached it. Unknown paths answer 404 like the connector.
 */
final class HttpsFixture implements AutoCloseable {

    record Recorded(String method, String rawPath, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    record Reply(int status, String contentType, String body) {
        static Reply json(int status, String body) {
            return new Reply(status, "application/json", body);
        }

        static Reply noContent() {
            return new Reply(204, null, "");
        }
    }

    interface Responder {
        Reply reply(Recorded request) throws Exception;
    }

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(NamedThreads.factory("cc-test-https"));
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final TestCertificates.Issued identity;

    private HttpsFixture(TestCertificates.Issued identity, Certificate... chainAbove) throws Exception {
        this.identity = identity;
        Certificate[] chain = new Certificate[chainAbove.length + 1];
        chain[0] = identity.certificate();
        System.arraycopy(chainAbove, 0, chain, 1, chainAbove.length);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        char[] storePassword = "fixture".toCharArray();
        keyStore.setKeyEntry("server", identity.keys().getPrivate(), storePassword, chain);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, storePassword);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static HttpsFixture start(TestCertificates.Issued identity, Certificate... chainAbove) {
        try {
            return new HttpsFixture(identity, chainAbove);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTPS fixture", e);
        }
    }

    HttpsFixture on(String method, String rawPath, Responder responder) {
        routes.put(method + " " + rawPath, responder);
        return this;
    }

    HttpsFixture on(String method, String rawPath, Reply reply) {
        return on(method, rawPath, request -> reply);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String sha256() {
        return identity.sha256();
    }

    ConnectorEndpoint endpoint() {
        return new ConnectorEndpoint("127.0.0.1", port());
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(request);
            Responder responder = routes.get(request.method() + " " + request.rawPath());
            Reply reply;
            try {
                reply = responder == null
                        ? Reply.json(404, "{\"type\":\"NOT_FOUND\",\"message\":\"no route in fixture\"}")
                        : responder.reply(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                reply = Reply.json(500, "{\"type\":\"RUNTIME_FAILURE\",\"message\":\"fixture failed\"}");
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
