package dev.connectorconsole.e2e;

import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.app.HaPairing;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.engine.ContainerManager;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a running high-availability pair must do: a subaccount added on the master reaches the shadow, when the
 * master container stops the shadow answers as master within the takeover delay plus a check interval, and when the old
 * master's container starts again it becomes the shadow of the new master. Prints the takeover time and the time the old
 * master takes to be READY as shadow, the figures we report.
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

    /**
     * Starts the stopped old master's container again and waits until it is the READY shadow of the new master, which
     * shows CONNECTED; prints how long that took from the start.
     */
    void oldMasterComesBackAsShadow(String label, ContainerManager containers, String master, SccClient oldMaster,
                                    SccClient newMaster) throws InterruptedException {
        long startIssued = System.nanoTime();
        containers.start(master);
        HaPairing pair = new HaPairing(newMaster, oldMaster);
        await("the old master READY as shadow of the new one", Duration.ofSeconds(60), () -> {
            try {
                HaPairStatus status = pair.read();
                return status.firstRole() == HaRole.MASTER && status.secondRole() == HaRole.SHADOW && status.paired();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        System.out.printf("%s: the old master's container started again; READY as shadow of the new master (which"
                + " shows CONNECTED) %d ms after the start was issued%n", label, (System.nanoTime() - startIssued) / 1_000_000);
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
