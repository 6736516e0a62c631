package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The shadow's HTTPS connection to its master's admin port: one synchronisation call that reports the shadow alive and
 * brings back a replica of the master's configuration. The certificate is pinned on first use ({@link PinnedTrust}).
 */
final class MasterConnection {
    /** The master refused the credentials given at CONNECT. */
    static final class RefusedCredentials extends Exception {
        RefusedCredentials() {
            super("the master refused the user name or password", null, false, false);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI syncUri;
    private final String authHeader;
    private final String authValue;
    private final PinnedTrust trust;
    private final HttpClient client;
    private final Duration requestTimeout;

    /** Signs in with the master's admin credentials (the first CONNECT). */
    static MasterConnection withCredentials(String masterHost, int masterPort, String user, char[] password,
                                            String pinnedSha256, Duration connectTimeout, Duration requestTimeout,
                                            java.util.concurrent.Executor executor) {
        return new MasterConnection(masterHost, masterPort, "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8)),
                pinnedSha256, connectTimeout, requestTimeout, executor);
    }

    /** Presents the pair's key ({@link HaPairKey}): the old master joining the new one after a switch. */
    static MasterConnection withPairKey(String masterHost, int masterPort, String pairKey, String pinnedSha256,
                                        Duration connectTimeout, Duration requestTimeout,
                                        java.util.concurrent.Executor executor) {
        return new MasterConnection(masterHost, masterPort, HaPairKey.HEADER, pairKey, pinnedSha256, connectTimeout,
                requestTimeout, executor);
    }

    private MasterConnection(String masterHost, int masterPort, String authHeader, String authValue,
                             String pinnedSha256, Duration connectTimeout, Duration requestTimeout,
                             java.util.concurrent.Executor executor) {
        this.syncUri = URI.create("https://" + hostForUrl(masterHost) + ":" + masterPort + "/" + MasterSyncResource.PATH);
        this.authHeader = authHeader;
        this.authValue = authValue;
        this.trust = new PinnedTrust(pinnedSha256);
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().sslContext(trust.sslContext()).connectTimeout(connectTimeout)
                .executor(executor).build();
    }

    /** The fingerprint pinned at the first answer, or the one given. */
    String pinnedSha256() {
        return trust.pinned();
    }

    /**
     * Sends {@code body} ({@code op}, {@code ownHost}, …) and returns the master's answer.
     *
     * @throws RefusedCredentials when the master answers 401
     * @throws IOException        when the master does not answer or answers something else than 200
     */
    JsonNode sync(ObjectNode body) throws IOException, RefusedCredentials {
        HttpRequest request = HttpRequest.newBuilder(syncUri)
                .timeout(requestTimeout)
                .header(authHeader, authValue)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to the master", e);
        }
        if (response.statusCode() == 401) {
            throw new RefusedCredentials();
        }
        if (response.statusCode() != 200) {
            throw new IOException("the master answered " + response.statusCode() + ": " + messageOf(response.body()));
        }
        return MAPPER.readTree(response.body());
    }

    private static String messageOf(String body) {
        try {
            return MAPPER.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
