package dev.connectorconsole.testsupport;

import dev.connectorconsole.sandbox.SandboxServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Calls carried through a sandbox's system mapping ({@code POST /sandbox/traffic}) over real HTTPS, trusting exactly
 * the sandbox's own certificate, as Administrator.
 */
public final class SandboxTraffic {
    private SandboxTraffic() {
    }

    /** @return the sandbox's answer body; fails unless it answered 200 */
    public static String carry(SandboxServer sandbox, String password, String regionHost, String subaccount,
                               String virtualHost, String virtualPort, String path) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("sandbox", sandbox.certificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        String body = "{\"regionHost\":\"" + regionHost + "\",\"subaccount\":\"" + subaccount + "\",\"virtualHost\":\""
                + virtualHost + "\",\"virtualPort\":\"" + virtualPort + "\",\"path\":\"" + path + "\"}";
        String basic = Base64.getEncoder().encodeToString(("Administrator:" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + sandbox.port()
                        + "/sandbox/traffic")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError("the sandbox carried no call: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
