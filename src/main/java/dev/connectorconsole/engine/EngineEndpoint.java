package dev.connectorconsole.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the Docker engine is and how to reach it.
 *
 * @param host      unix:///…, tcp://host:port or npipe:////./pipe/…
 * @param source    a human phrase telling where this endpoint came from: "DOCKER_HOST", "context 'name'", "default socket"
 * @param tlsVerify whether the engine's certificate is verified against {@code certPath/ca.pem} (and a client
 *                  certificate {@code cert.pem}/{@code key.pem} is presented)
 * @param certPath  folder with ca.pem, cert.pem, key.pem; null when TLS is not used
 */
public record EngineEndpoint(URI host, String source, boolean tlsVerify, Path certPath) {
    /** docker-java's {@code DefaultDockerClientConfig.DEFAULT_DOCKER_HOST} (package-private there). */
    public static final URI DEFAULT_SOCKET = URI.create("unix:///var/run/docker.sock");
    /** docker-java's {@code WINDOWS_DEFAULT_DOCKER_HOST}: the named pipe Docker Desktop listens on. */
    public static final URI WINDOWS_DEFAULT_PIPE = URI.create("npipe:////./pipe/docker_engine");

    public EngineEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
    }

    public static EngineEndpoint defaultSocket() {
        return new EngineEndpoint(DEFAULT_SOCKET, "default socket", false, null);
    }

    /** Where the engine listens when nothing names it, as docker-java decides: the named pipe on Windows. */
    public static EngineEndpoint defaultFor(String osName) {
        boolean windows = osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return windows ? new EngineEndpoint(WINDOWS_DEFAULT_PIPE, "default named pipe", false, null) : defaultSocket();
    }

    /** For messages: "unix:///var/run/docker.sock (default socket)". */
    public String describe() {
        return host + " (" + source + ")";
    }
}
