package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP handler: reads the request, applies authentication, first-run gates and routing, and writes the answer
 * with the connector's headers. Whatever goes wrong, the client gets a JSON error body, never a stack trace.
 */
final class SandboxHttpHandler implements HttpHandler {
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final long DRAIN_LIMIT_BYTES = 64L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxHttpHandler.class);
    private static final Pattern HOST_HEADER = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Router router;
    private final UserAccounts users;
    private final FirstRunGates gates;
    private final SubaccountResource subaccounts;
    private final ExposedProbe exposed;
    private final String fallbackBaseUrl;
    private final SandboxLogs logs;
    private final HaPairKey pairKey;

    SandboxHttpHandler(Router router, UserAccounts users, FirstRunGates gates, SubaccountResource subaccounts,
                       ExposedProbe exposed, String fallbackBaseUrl, SandboxLogs logs, HaPairKey pairKey) {
        this.logs = logs;
        this.pairKey = pairKey;
        this.router = router;
        this.users = users;
        this.gates = gates;
        this.subaccounts = subaccounts;
        this.exposed = exposed;
        this.fallbackBaseUrl = fallbackBaseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String requested = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String method = requested.equals("HEAD") ? "GET" : requested;
        List<String> segments = List.of();
        String path = exchange.getRequestURI().getRawPath();
        String signedIn = null;
        int status = 500;
        try {
            segments = segments(exchange.getRequestURI().getRawPath());
            if (segments.equals(List.of("exposed"))) {
                ExposedProbe.Answer answer = exposed.answer(method, query(exchange.getRequestURI().getRawQuery()).get("action"));
                write(exchange, segments, answer.status(), answer.contentType(), answer.body().getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            byte[] body = readBody(exchange);
            Optional<String> user = pairKey.accepts(segments, exchange.getRequestHeaders().getFirst(HaPairKey.HEADER))
                    ? Optional.of(HaPairKey.LINK_USER)
                    : users.authenticate(exchange.getRequestHeaders().getFirst("Authorization")).map(u -> u.name);
            if (user.isEmpty()) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"SAP Cloud Connector (sandbox)\"");
                status = 401;
                logs.accessDenied(method, path);
                writeError(exchange, segments, new ApiException(401, "UNAUTHORIZED", "Authentication failed: user name or password is not correct"));
                return;
            }
            signedIn = user.get();
            gates.check(method, segments, user.get());
            subaccounts.requireKnownSubaccount(segments);
            Router.Match match = router.match(segments)
                    .orElseThrow(() -> ApiException.notFound("The requested resource does not exist"));
            Router.Handler handler = match.handlers().get(method);
            if (handler == null) {
                throw ApiException.methodNotAllowed(match.allow());
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            boolean upload = String.join("/", segments).equals(BackupResource.PATH) && MultipartForm.isMultipart(contentType);
            if (body.length > 0 && !isJson(contentType) && !upload) {
                throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Request bodies must be sent as application/json");
            }
            ApiRequest request = new ApiRequest(method, segments, query(exchange.getRequestURI().getRawQuery()), contentType,
                    body, baseUrl(exchange), user.get());
            ApiResponse response = handler.handle(request, match.params());
            status = response.status();
            if (response.body() instanceof com.fasterxml.jackson.databind.node.BinaryNode download) {
                write(exchange, segments, response.status(), BackupResource.ZIP, download.binaryValue(), null);
                return;
            }
            byte[] json = response.body() == null ? null : MAPPER.writeValueAsBytes(response.body());
            write(exchange, segments, response.status(), "application/json", json, response.location());
        } catch (ApiException e) {
            status = e.status();
            if (e.allow() != null) {
                exchange.getResponseHeaders().set("Allow", e.allow());
            }
            writeError(exchange, segments, e);
        } catch (IOException e) {
            LOG.debug("Connection closed during {} {}: {}", method, exchange.getRequestURI().getRawPath(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Sandbox request {} {} failed", method, exchange.getRequestURI().getRawPath(), e);
            logs.failed(method, path, e);
            writeError(exchange, segments, new ApiException(500, "RUNTIME_FAILURE", "The operation failed in the sandbox connector"));
        } finally {
            if (status != 401 && !segments.equals(List.of("exposed"))) {
                logs.adminCall(method, path, status, signedIn);
            }
            exchange.close();
        }
    }

    /**
     * Reads the body (at most 1 MiB). A larger body is read to its end and discarded (up to a cap), so that the client,
     * still sending, gets to read the 413 instead of a reset connection.
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                // read(), not skip(): the JDK's request stream lets skip() bypass the Content-Length limit and block
                byte[] sink = new byte[64 * 1024];
                long discarded = 0;
                for (int n = in.read(sink); n > 0 && discarded < DRAIN_LIMIT_BYTES; n = in.read(sink)) {
                    discarded += n;
                }
                exchange.getResponseHeaders().set("Connection", "close");
                throw new ApiException(413, "INVALID_REQUEST", "Request body is larger than 1 MiB");
            }
            return body;
        }
    }

    private void writeError(HttpExchange exchange, List<String> segments, ApiException error) {
        ObjectNode body = MAPPER.createObjectNode().put("type", error.type()).put("message", error.getMessage());
        try {
            write(exchange, segments, error.status(), "application/json", MAPPER.writeValueAsBytes(body), null);
        } catch (IOException e) {
            LOG.debug("Could not send the error answer: {}", e.getMessage());
        }
    }

    private static void write(HttpExchange exchange, List<String> segments, int status, String contentType, byte[] body,
                              String location) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Set-Cookie", "JSESSIONID=" + randomToken() + "; Path=/; Secure; HttpOnly");
        headers.set("X-CSRF-Token", randomToken());
        headers.set("Cache-Control", segments.equals(List.of("api", "v1", "connector", "version")) ? "max-age=3600" : "no-store");
        if (location != null) {
            headers.set("Location", location);
        }
        boolean hasBody = body != null && status != 204;
        if (hasBody) {
            headers.set("Content-Type", contentType);
        }
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, hasBody ? body.length : -1);
        if (hasBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String baseUrl(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && HOST_HEADER.matcher(host).matches() ? "https://" + host : fallbackBaseUrl;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json");
    }

    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath == null) {
            return segments;
        }
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(decode(part));
            }
        }
        return List.copyOf(segments);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] parts = pair.split("=", 2);
                query.putIfAbsent(decodeQuery(parts[0]), parts.length > 1 ? decodeQuery(parts[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidRequest("The request path is not correctly encoded");
        }
    }

    private static String decodeQuery(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidRequest("The query string is not correctly encoded");
        }
    }

    private static String randomToken() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return HexFormat.of().withUpperCase().formatHex(token);
    }
}
