package dev.connectorconsole.app;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SecretStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads every connector of the fleet at once, each on its own connection with its remembered password and its
 * pinned certificate, each with its own time limit: one dead or slow host shows as such and never holds up the
 * others. Blocking; call it off the FX thread. Threads are owned, named {@code cc-fleet-N}, and daemon.
 */
public final class FleetRefresh implements AutoCloseable {
    private final SecretStore passwords;
    private final Duration timeout;
    private final ExecutorService pool;

    public FleetRefresh(SecretStore passwords, Duration timeout, int parallel) {
        this.passwords = passwords;
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread thread = new Thread(r, "cc-fleet-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One reading per profile, in the profiles' order: subaccounts only. */
    public List<FleetReading> read(List<ConnectorProfile> profiles) throws InterruptedException {
        return read(profiles, false);
    }

    /**
     * As {@link #read(List)}; with {@code health}, each connector's alerts, certificates and high-availability role too
     * (four calls more).
     */
    public List<FleetReading> read(List<ConnectorProfile> profiles, boolean health) throws InterruptedException {
        long start = System.nanoTime();
        List<Future<FleetReading>> running = new ArrayList<>();
        for (ConnectorProfile profile : profiles) {
            running.add(pool.submit(() -> readOne(profile, health)));
        }
        List<FleetReading> readings = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            long left = timeout.toNanos() - (System.nanoTime() - start);
            Future<FleetReading> future = running.get(i);
            try {
                readings.add(future.get(Math.max(0, left), TimeUnit.NANOSECONDS));
            } catch (TimeoutException slow) {
                future.cancel(true);
                readings.add(FleetReading.problem(profiles.get(i), FleetReading.State.TIMED_OUT,
                        "No answer within " + timeout.toSeconds() + " s.", timeout.toMillis()));
            } catch (ExecutionException failed) {
                readings.add(FleetReading.problem(profiles.get(i), FleetReading.State.FAILED,
                        failed.getCause().getMessage(), millisSince(start)));
            }
        }
        return readings;
    }

    private FleetReading readOne(ConnectorProfile profile, boolean health) {
        long start = System.nanoTime();
        ConnectorEndpoint at = ProfileReach.endpoint(profile);
        if (profile.pinnedSha256() == null || profile.pinnedSha256().isBlank()) {
            return FleetReading.problem(profile, FleetReading.State.NOT_TRUSTED,
                    "Sign in once to check and trust its certificate.", 0);
        }
        Optional<Secret> password;
        try {
            password = passwords.get(AdminPasswordKeys.of(at.host(), at.port(), ProfileReach.user(profile)));
        } catch (RuntimeException unreadable) {
            password = Optional.empty();
        }
        if (password.isEmpty()) {
            return FleetReading.problem(profile, FleetReading.State.NO_PASSWORD,
                    "Sign in once with \"Remember the password\" to see it here.", 0);
        }
        try (SccClient client = ProfileReach.open(profile, password.get(), profile.pinnedSha256())) {
            String role = health ? roleOf(client) : null;
            try {
                var subaccounts = client.monitoringSubaccounts();
                HealthReading reading = health ? HealthReading.read(client) : HealthReading.NONE;
                return FleetReading.read(profile, subaccounts, reading, role, millisSince(start));
            } catch (RuntimeException failed) {
                return FleetReading.problem(profile, FleetReading.State.FAILED, failed.getMessage(), role,
                        millisSince(start));
            }
        }
    }

    private static String roleOf(SccClient client) {
        try {
            return client.haRole();
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
