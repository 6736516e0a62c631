package dev.connectorconsole.e2e;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.engine.ContainerManager;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a running high-availability pair must do: a subaccount added on the master reaches the shadow, and when the
 * master container stops the shadow answers as master within the takeover delay plus a check interval. Prints the
 * takeover time, the figure we report.
 */
final class TakeoverCheck {
    static final String REGION = "cf.eu10.hana.ondemand.com";

    private final int checkSeconds;
    private final int delaySeconds;

    TakeoverCheck(int checkSeconds, int delaySeconds) {
        this.checkSeconds = checkSeconds;
        this.delaySeconds = delaySeconds;
    }

    /** Adds the subaccount on the master and waits until the shadow lists it. */
    static void subaccountReachesTheShadow(SccClient master, SccClient shadow, String subaccount, String displayName)
            throws InterruptedException {
        master.create(new SubaccountCreate(REGION, subaccount, "admin@example.com",
                new Secret("cloud-secret"), displayName, "ha", "added on the master", false));
        await("the subaccount on the shadow", Duration.ofSeconds(15), () -> shadow.subaccounts().stream()
                .anyMatch(s -> s.subaccount().equals(subaccount)));
    }

    /** Stops the master container, waits for the shadow to answer as master, prints and checks how long it took. */
    void shadowTakesOverWhenTheMasterStops(String label, ContainerManager containers, String master, SccClient shadow)
            throws InterruptedException {
        long stopIssued = System.nanoTime();
        containers.stop(master);
        long stopped = System.nanoTime();
        await("the shadow answering as master", Duration.ofSeconds(30), () -> isMaster(shadow));
        long tookOver = System.nanoTime();

        long sinceIssued = (tookOver - stopIssued) / 1_000_000;
        long sinceStopped = (tookOver - stopped) / 1_000_000;
        System.out.printf("%s: check interval %d s, takeover delay %d s; master stop took %d ms; shadow answered as"
                        + " master %d ms after the stop was issued (%d ms after the container had stopped)%n",
                label, checkSeconds, delaySeconds, (stopped - stopIssued) / 1_000_000, sinceIssued, sinceStopped);
        assertThat(sinceIssued).as("not before the takeover delay").isGreaterThanOrEqualTo(delaySeconds * 1000L);
        assertThat(sinceStopped).as("within delay + check interval + slack")
                .isLessThan((delaySeconds + checkSeconds) * 1000L + 3000);
    }

    private static boolean isMaster(SccClient client) {
        try {
            return client.highAvailability().role() == HaRole.MASTER;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** Polls the condition every 50 ms; fails the test naming {@code what} when the timeout passes. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
