package dev.connectorconsole.engine;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Waits until a connector answers {@code GET https://host:port/exposed?action=ping} with 2xx, retrying with backoff.
 * The request carries no credentials; the connector's (self-signed) certificate is accepted for this probe only,
 * see {@link ProbeOnlyTrustManager}.
 */
public final class ReadinessProbe {
    static final String PATH = "/exposed?action=ping";
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final Duration attemptTimeout;

    public ReadinessProbe() {
        this(Duration.ofSeconds(3));
    }

    /** @param attemptTimeout connect and read timeout of one attempt */
    public ReadinessProbe(Duration attemptTimeout) {
        this.attemptTimeout = attemptTimeout;
    }

    /**
     * Blocks until ready or {@code timeout}; {@code progress} receives a sentence after each failed attempt.
     * When the waiting thread is interrupted it returns "not ready" at once and keeps the interrupt flag set.
     */
    public Readiness await(String host, int port, Duration timeout, Consumer<String> progress) {
        String url = "https://" + host + ":" + port + PATH;
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_PAUSE;
        String lastProblem = "no attempt was made";
        for (int attempt = 1; ; attempt++) {
            String problem = attempt(host, port);
            if (problem == null) {
                return new Readiness(true, "The connector answers at " + url + ".");
            }
            lastProblem = problem;
            progress.accept("Waiting for the connector at " + url + " (attempt " + attempt + ": " + problem + ")");
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                Thread.sleep(Math.min(pause.toMillis(), Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Readiness(false, "Waiting for the connector at " + url + " was cancelled.");
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
        return new Readiness(false, "The connector did not answer at " + url + " within " + seconds(timeout) + ": " + lastProblem + ".");
    }

    /** One attempt: null when the answer was 2xx, else what went wrong. */
    String attempt(String host, int port) {
        int timeoutMillis = (int) attemptTimeout.toMillis();
        ProbeOnlyTrustManager trust = new ProbeOnlyTrustManager(host, port);
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(host, port), timeoutMillis);
            raw.setSoTimeout(timeoutMillis);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {trust}, null);
            // Only the plain socket is closed: a TLS close would wait for the server's close_notify.
            SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(raw, host, port, false);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + PATH + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return judge(statusLine);
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        } catch (ConnectException e) {
            return "connection refused";
        } catch (SocketTimeoutException e) {
            return "no answer within " + seconds(attemptTimeout);
        } catch (SSLException e) {
            return "TLS handshake failed (" + EngineFailures.oneLine(String.valueOf(e.getMessage())) + ")";
        } catch (IOException e) {
            return EngineFailures.oneLine(String.valueOf(e.getMessage()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is part of every JDK", e);
        }
    }

    private static String judge(String statusLine) {
        if (statusLine == null) {
            return "the connection closed without an answer";
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return "not an HTTP answer";
        }
        return parts[1].startsWith("2") ? null : "it answered HTTP " + parts[1];
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
