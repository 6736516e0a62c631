package dev.connectorconsole.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;

import dev.connectorconsole.common.NamedThreads;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Docker engine, reached through two clients: {@link #client()} gives up on calls that do not answer within the
 * response timeout (ping, inspect, list, create); {@link #streamingClient()} has no response timeout, for streams
 * (logs, events, build) and calls the engine itself bounds (stop with a grace period).
 */
public final class EngineConnection implements AutoCloseable {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration SSH_START_TIMEOUT = Duration.ofSeconds(15);
    /** The system's OpenSSH client, with the user's own ~/.ssh/config, keys and agent. */
    public static final List<String> SYSTEM_SSH = List.of("ssh");

    private final EngineEndpoint endpoint;
    private final DockerClient client;
    private final DockerClient streamingClient;
    private final Duration responseTimeout;
    private final SshTunnel tunnel;
    /** docker-java's unix socket ignores read timeouts, so ping() waits for its answer on a thread of its own. */
    private final ExecutorService pingThreads = Executors.newCachedThreadPool(NamedThreads.factory("cc-engine-ping"));

    private EngineConnection(EngineEndpoint endpoint, DockerClient client, DockerClient streamingClient,
                             Duration responseTimeout, SshTunnel tunnel) {
        this.endpoint = endpoint;
        this.tunnel = tunnel;
        this.client = client;
        this.streamingClient = streamingClient;
        this.responseTimeout = responseTimeout;
    }

    public static EngineConnection open(EngineEndpoint endpoint) {
        return open(endpoint, DEFAULT_RESPONSE_TIMEOUT);
    }

    public static EngineConnection open(EngineEndpoint endpoint, Duration responseTimeout) {
        return open(endpoint, responseTimeout, SYSTEM_SSH);
    }

    /**
     * Opens without contacting the engine, except that an ssh:// engine's tunnel is started (so this may block for
     * up to {@link #SSH_START_TIMEOUT}); call {@link #ping()} to find out whether the engine answers.
     *
     * @param sshCommand the ssh client and options to start it with, for ssh:// engines
     */
    public static EngineConnection open(EngineEndpoint endpoint, Duration responseTimeout, List<String> sshCommand) {
        String scheme = String.valueOf(endpoint.host().getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("unix") && !scheme.equals("tcp") && !scheme.equals("npipe") && !scheme.equals("ssh")) {
            throw new EngineException(EngineException.Kind.WRONG_HOST, "Connector Console cannot reach engines at "
                    + endpoint.host() + " (" + scheme + "://). Use a unix://, tcp://, ssh:// or npipe:// address.");
        }
        SshTunnel tunnel = scheme.equals("ssh") ? SshTunnel.open(endpoint, sshCommand, SSH_START_TIMEOUT) : null;
        try {
            return connect(endpoint, responseTimeout, tunnel);
        } catch (RuntimeException e) {
            if (tunnel != null) {
                tunnel.close();
            }
            throw e;
        }
    }

    private static EngineConnection connect(EngineEndpoint endpoint, Duration responseTimeout, SshTunnel tunnel) {
        boolean tls = endpoint.tlsVerify() && tunnel == null;
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost((tunnel != null ? tunnel.localHost() : endpoint.host()).toString())
                .withDockerTlsVerify(tls);
        if (tls) {
            if (endpoint.certPath() == null) {
                throw new EngineException(EngineException.Kind.WRONG_HOST, "TLS verification is on for " + endpoint.host()
                        + " but no certificate folder is set (DOCKER_CERT_PATH).");
            }
            builder.withDockerCertPath(endpoint.certPath().toString());
        }
        DockerClient shortCalls;
        DockerClient streams;
        try {
            DefaultDockerClientConfig config = builder.build();
            shortCalls = DockerClientImpl.getInstance(config, httpClient(config, responseTimeout));
            streams = DockerClientImpl.getInstance(config, httpClient(config, null));
        } catch (RuntimeException e) {
            if (tls) {
                throw new EngineException(EngineException.Kind.WRONG_HOST, "The TLS certificates in " + endpoint.certPath()
                        + " cannot be used (" + EngineFailures.oneLine(String.valueOf(e.getMessage()))
                        + "). It needs ca.pem, cert.pem and key.pem.", e);
            }
            throw EngineFailures.translate(e, endpoint);
        }
        return new EngineConnection(endpoint, shortCalls, streams, responseTimeout, tunnel);
    }

    private static ApacheDockerHttpClient httpClient(DefaultDockerClientConfig config, Duration responseTimeout) {
        ApacheDockerHttpClient.Builder builder = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(50)
                .connectionTimeout(DEFAULT_CONNECT_TIMEOUT);
        if (responseTimeout != null) {
            builder.responseTimeout(responseTimeout);
        }
        return builder.build();
    }

    /** Asks the engine who it is; fails with NOT_RUNNING, PERMISSION_DENIED, WRONG_HOST, API_TOO_OLD or TIMEOUT. */
    public EngineInfo ping() {
        boolean newTunnel = tunnel != null && tunnel.ensureRunning();
        try {
            return pingOnce();
        } catch (EngineException e) {
            if (!newTunnel) {
                throw e;
            }
            // connections pooled before the tunnel was restarted lead nowhere; the pool drops them on this failure
            return pingOnce();
        }
    }

    private EngineInfo pingOnce() {
        Future<Version> answer = pingThreads.submit(() -> client.versionCmd().exec());
        Version version;
        try {
            version = answer.get(responseTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw EngineFailures.translate(new InterruptedIOException("no answer within " + responseTimeout), endpoint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new EngineException(EngineException.Kind.CANCELLED, "Checking the Docker engine was interrupted.", e);
        } catch (ExecutionException e) {
            throw pingFailure(e.getCause());
        }
        if (version == null || version.getApiVersion() == null || version.getVersion() == null) {
            throw EngineFailures.notDocker(endpoint, "its /version answer names no Docker version", null);
        }
        if (!ApiVersions.isSupported(version.getApiVersion())) {
            throw EngineFailures.apiTooOld(endpoint, version.getApiVersion(), null);
        }
        return new EngineInfo(version.getVersion(), version.getApiVersion(), version.getOperatingSystem(), version.getArch());
    }

    private EngineException pingFailure(Throwable cause) {
        EngineException failure = pingFailureOnItsOwn(cause);
        String sshSaid = tunnel == null ? "" : tunnel.lastComplaint();
        if (sshSaid.isBlank()) {
            return failure;
        }
        return new EngineException(failure.kind(), failure.getMessage() + " ssh said: " + sshSaid, failure.getCause());
    }

    private EngineException pingFailureOnItsOwn(Throwable cause) {
        if (cause instanceof DockerException e) {
            return EngineFailures.notDocker(endpoint, "HTTP " + e.getHttpStatus() + ": " + EngineFailures.engineMessage(e), e);
        }
        EngineException failure = EngineFailures.translate(cause, endpoint);
        if (failure.kind() == EngineException.Kind.OTHER) {
            return EngineFailures.notDocker(endpoint, EngineFailures.oneLine(String.valueOf(cause.getMessage())), cause);
        }
        return failure;
    }

    public DockerClient client() {
        return client;
    }

    public DockerClient streamingClient() {
        return streamingClient;
    }

    public EngineEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        pingThreads.shutdownNow();
        closeQuietly(client);
        closeQuietly(streamingClient);
        if (tunnel != null) {
            tunnel.close();
        }
    }

    private static void closeQuietly(DockerClient dockerClient) {
        try {
            dockerClient.close();
        } catch (IOException ignored) {
            // closing the connection pool; nothing left to do
        }
    }
}
