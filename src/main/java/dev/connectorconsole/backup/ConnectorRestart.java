package dev.connectorconsole.backup;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Waits for a connector that restarts after a restore until its admin API answers again. The real connector answers
 * the restore with 204 and goes down a moment later; an answer before it went down says nothing. So the wait ends
 * when the connector was seen down and answers again, or when it kept answering for {@code grace} (it restarted in
 * place before it answered, as the sandbox does), or at {@code timeout}. Blocking; sends no credentials.
 */
public final class ConnectorRestart {
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(3);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration PAUSE = Duration.ofMillis(250);

    /**
     * @param answered whether the connector answers again
     * @param sawDown  whether it was seen down in between
     * @param took     how long the wait took
     */
    public record Outcome(boolean answered, boolean sawDown, Duration took) {}

    private final BooleanSupplier ping;
    private final Duration grace;
    private final Duration timeout;

    public ConnectorRestart(BooleanSupplier ping, Duration grace, Duration timeout) {
        this.ping = Objects.requireNonNull(ping, "ping");
        this.grace = Objects.requireNonNull(grace, "grace");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Pings {@code client} (no credentials); a certificate problem counts as an answer, for the sign-in to handle. */
    public static ConnectorRestart of(SccClient client, Duration grace, Duration timeout) {
        return new ConnectorRestart(() -> {
            try {
                return client.ping();
            } catch (SccException answeredWithAnotherCertificate) {
                return true;
            } catch (RuntimeException down) {
                return false;
            }
        }, grace, timeout);
    }

    public Outcome await() throws InterruptedException {
        long start = System.nanoTime();
        boolean down = false;
        while (true) {
            boolean up = ping.getAsBoolean();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (up && (down || elapsed.compareTo(grace) >= 0)) {
                return new Outcome(true, down, elapsed);
            }
            down |= !up;
            if (elapsed.compareTo(timeout) >= 0) {
                return new Outcome(false, down, elapsed);
            }
            Thread.sleep(PAUSE.toMillis());
        }
    }
}
