package dev.connectorconsole.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTPS request to the connector, stateless: Basic credentials on every call (as SAP's Terraform provider does),
 * so neither session cookie nor CSRF token is needed. Logs method, path and status only — never headers or bodies.
 */
final class Transport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SccClient.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final ConnectorEndpoint endpoint;
    private final OkHttpClient http;
    private final Duration readTimeout;

    Transport(ConnectorEndpoint endpoint, TrustSettings trust, Duration connectTimeout, Duration readTimeout) {
        this.endpoint = endpoint;
        this.readTimeout = readTimeout;
        TlsSetup tls = TlsSetup.from(trust);
        this.http = new OkHttpClient.Builder()
                .sslSocketFactory(tls.socketFactory, tls.trustManager)
                .hostnameVerifier(tls.hostnameVerifier)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    HttpUrl.Builder url(String fixedPath) {
        return new HttpUrl.Builder().scheme("https").host(endpoint.host()).port(endpoint.port())
                .addPathSegments(fixedPath);
    }

    /**
     * @param jsonBody null for no body
     * @param credentials null to send none (the unauthenticated /exposed probes)
     */
    Answer send(String method, HttpUrl url, byte[] jsonBody, Credentials credentials) {
        Request request = request(method, url, jsonBody == null ? emptyBodyFor(method) : RequestBody.create(jsonBody, JSON),
                credentials, credentials == null ? "*/*" : "application/json");
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            LOG.debug("{} {} -> {}", method, url.encodedPath(), response.code());
            return new Answer(response.code(), response.header("Content-Type"), body);
        } catch (IOException e) {
            SccException failure = ErrorMapper.transportFailure(e, endpoint, readTimeout.toSeconds());
            LOG.debug("{} {} -> {}", method, url.encodedPath(), failure.kind());
            throw failure;
        }
    }

    /**
     * Like {@link #send}, but hands the open response to {@code reader} instead of reading it as text: for answers
     * too big to hold in memory (the configuration backup). Same TLS, connection pool and credentials handling.
     *
     * @param readTimeout how long the server may stay silent while answering, for this call only
     */
    <T> T stream(String method, HttpUrl url, byte[] jsonBody, Credentials credentials, String accept,
                 Duration readTimeout, ResponseReader<T> reader) {
        return stream(method, url, jsonBody == null ? emptyBodyFor(method) : RequestBody.create(jsonBody, JSON),
                credentials, accept, readTimeout, reader);
    }

    /** Like the other {@code stream}, with any request body (the multipart upload of a restore). */
    <T> T stream(String method, HttpUrl url, RequestBody body, Credentials credentials, String accept,
                 Duration readTimeout, ResponseReader<T> reader) {
        OkHttpClient client = readTimeout.equals(this.readTimeout) ? http
                : http.newBuilder().readTimeout(readTimeout).writeTimeout(readTimeout).build();
        try (Response response = client.newCall(request(method, url, body, credentials, accept)).execute()) {
            LOG.debug("{} {} -> {}", method, url.encodedPath(), response.code());
            return reader.read(response);
        } catch (IOException e) {
            SccException failure = ErrorMapper.transportFailure(e, endpoint, readTimeout.toSeconds());
            LOG.debug("{} {} -> {}", method, url.encodedPath(), failure.kind());
            throw failure;
        }
    }

    /** Reads an open response; an {@link IOException} is a transport failure. */
    @FunctionalInterface
    interface ResponseReader<T> {
        T read(Response response) throws IOException;
    }

    private static Request request(String method, HttpUrl url, RequestBody body, Credentials credentials,
                                   String accept) {
        Request.Builder request = new Request.Builder().url(url)
                .header("Accept", accept)
                .method(method, body);
        if (credentials != null) {
            request.header("Authorization", okhttp3.Credentials.basic(credentials.user(),
                    credentials.password().value(), StandardCharsets.UTF_8));
        }
        return request.build();
    }

    private static RequestBody emptyBodyFor(String method) {
        return "POST".equals(method) || "PUT".equals(method) ? RequestBody.create(new byte[0], JSON) : null;
    }

    ConnectorEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
