package dev.connectorconsole.upgrade;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * After a failed replacement put the old container back: checks that it runs the old image again and, because the new
 * connector ran on the same volumes and may have changed them, restores the backup taken before the upgrade and checks
 * version and subaccounts once the connector has restarted.
 */
final class RollbackRestore {
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final EngineConnection engine;
    private final ConnectorUpgrade.Plan plan;
    private final Duration readyTimeout;
    private final Consumer<String> progress;

    RollbackRestore(EngineConnection engine, ConnectorUpgrade.Plan plan, Duration readyTimeout, Consumer<String> progress) {
        this.engine = engine;
        this.plan = plan;
        this.readyTimeout = readyTimeout;
        this.progress = progress;
    }

    /** True when the container of the plan's name runs from {@code oldImageId}. */
    boolean oldContainerRuns(String oldImageId) {
        try {
            InspectContainerResponse now = engine.client().inspectContainerCmd(plan.container()).exec();
            return oldImageId.equals(now.getImageId()) && now.getState() != null
                    && Boolean.TRUE.equals(now.getState().getRunning());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Null when the backup is restored and checked, else a sentence saying what failed and where the backup is. */
    String restore(BackupEntry backup, String oldVersion, Set<String> subaccounts) throws InterruptedException {
        try (SccClient client = plan.access().open()) {
            ConnectorEndpoint endpoint = client.endpoint();
            progress.accept("Waiting for the old connector to answer on " + endpoint.host() + ":" + endpoint.port());
            Readiness ready = new ReadinessProbe().await(endpoint.host(), endpoint.port(), readyTimeout, line -> { });
            if (!ready.ready()) {
                return "The old connector did not answer, so the backup was not restored: " + ready.reason()
                        + " The backup is at " + backup.file() + ".";
            }
            progress.accept("Restoring the backup " + backup.file().getFileName() + " (" + backup.version() + ")");
            client.restore(plan.backupPassword(), backup.file());
            progress.accept("The connector restarts with the restored configuration");
        } catch (SccException e) {
            return "Restoring the backup failed: " + e.getMessage() + " The backup is at " + backup.file() + ".";
        }
        return checked(backup, oldVersion, subaccounts);
    }

    /** Polls until the restarted connector reports the old version and every subaccount, or the timeout passes. */
    private String checked(BackupEntry backup, String oldVersion, Set<String> subaccounts) throws InterruptedException {
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        String problem = "no answer yet";
        while (System.nanoTime() < deadline) {
            try (SccClient client = plan.access().open()) {
                String version = client.version();
                Set<String> missing = new TreeSet<>(subaccounts);
                missing.removeAll(SubaccountChecks.through(client).subaccounts());
                if (version.equals(oldVersion) && missing.isEmpty()) {
                    progress.accept("Version " + version + " answers with all " + subaccounts.size() + " subaccount(s)");
                    return null;
                }
                problem = !version.equals(oldVersion) ? "it reports version " + version + ", not " + oldVersion
                        : "the subaccount(s) " + String.join(", ", missing) + " are missing";
            } catch (SccException e) {
                problem = e.getMessage();
            } catch (Exception e) {
                problem = String.valueOf(e.getMessage());
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        return "After restoring the backup the connector is not as before (" + problem + "). The backup is at "
                + backup.file() + ".";
    }
}
