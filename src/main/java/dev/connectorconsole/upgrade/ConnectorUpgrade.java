package dev.connectorconsole.upgrade;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.image.Version;
import dev.connectorconsole.lifecycle.ContainerReplacement;
import dev.connectorconsole.lifecycle.ReplacementOutcome;
import dev.connectorconsole.lifecycle.SubaccountCheck;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Upgrades a connector container: check that the new version is newer → back up → build the new image (the old one
 * stays) → stop → recreate on the same volumes and options with the new image → wait until it answers → check its
 * version and that every subaccount is there. The replacement is {@link ContainerReplacement}'s; when it fails it puts
 * the old container (old image, same volumes) back, and if the new connector ran on the volumes this class then
 * restores the backup onto the old one ({@link RollbackRestore}). Blocking; one upgrade per instance at a time.
 */
public final class ConnectorUpgrade {
    /**
     * What to upgrade.
     *
     * @param container      the connector container's name
     * @param image          the new version's image
     * @param access         opens a signed-in admin client for the connector
     * @param backups        where the backup before the change is kept
     * @param backupPassword encrypts the backup's secrets; kept only in memory for this upgrade
     */
    public record Plan(String container, NewImage image, ConnectorAccess access, BackupStore backups, Secret backupPassword) {}

    private final EngineConnection engine;
    private final Duration readyTimeout;

    public ConnectorUpgrade(EngineConnection engine, Duration readyTimeout) {
        this.engine = engine;
        this.readyTimeout = readyTimeout;
    }

    public UpgradeOutcome run(Plan plan, UpgradeListener listener, Cancellation cancellation) {
        Run run = new Run(plan, listener);
        try {
            return run.execute(cancellation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return run.end(UpgradeOutcome.Result.CANCELLED, "The upgrade was interrupted before the container was"
                    + " touched; the connector runs as before.");
        }
    }

    /** One upgrade's state: the steps so far, the backup, the old version and subaccounts. */
    private final class Run {
        private final Plan plan;
        private final UpgradeListener listener;
        private final Instant started = Instant.now();
        private final List<String> steps = new ArrayList<>();
        private BackupEntry backup;

        Run(Plan plan, UpgradeListener listener) {
            this.plan = plan;
            this.listener = listener;
        }

        UpgradeOutcome execute(Cancellation cancellation) throws InterruptedException {
            String oldVersion;
            Set<String> subaccounts;
            String oldImageId;
            try (SccClient client = plan.access().open()) {
                report(UpgradeStep.CHECK, "Reading the running version of '" + plan.container() + "'");
                oldVersion = client.version();
                Version from = Version.tryParse(oldVersion).orElse(null);
                Version to = Version.tryParse(plan.image().version()).orElse(null);
                if (from == null || to == null || to.compareTo(from) <= 0) {
                    return end(UpgradeOutcome.Result.NOT_CHANGED, "Version " + plan.image().version()
                            + " is not newer than the running " + oldVersion + "; nothing was changed.");
                }
                InspectContainerResponse container = engine.client().inspectContainerCmd(plan.container()).exec();
                oldImageId = container.getImageId();
                if (plan.image().tag().equals(container.getConfig().getImage())) {
                    return end(UpgradeOutcome.Result.NOT_CHANGED, "The container already uses " + plan.image().tag()
                            + "; the new image needs its own tag so that the old one stays. Nothing was changed.");
                }
                subaccounts = SubaccountChecks.through(client).subaccounts();
                report(UpgradeStep.CHECK, "Upgrading from " + oldVersion + " to " + plan.image().version() + " with "
                        + subaccounts.size() + " subaccount(s)");
                if (cancellation.isCancelled()) {
                    return cancelled();
                }
                report(UpgradeStep.BACKUP, "Backing up the configuration of " + oldVersion);
                backup = plan.backups().take(client, plan.container(), plan.backupPassword());
                report(UpgradeStep.BACKUP, "Backup kept: " + backup.file().getFileName() + " (" + backup.size() + " bytes)");
            } catch (SccException | java.io.IOException e) {
                return end(UpgradeOutcome.Result.NOT_CHANGED, "The connector could not be read or backed up: "
                        + e.getMessage() + " Nothing was changed.");
            } catch (Exception e) {
                return end(UpgradeOutcome.Result.NOT_CHANGED, "The upgrade could not start: " + e.getMessage()
                        + " Nothing was changed.");
            }
            if (cancellation.isCancelled()) {
                return cancelled();
            }
            try {
                report(UpgradeStep.BUILD, "Building " + plan.image().tag() + " (the old image stays)");
                plan.image().build(line -> report(UpgradeStep.BUILD, line), cancellation);
            } catch (UpgradeException e) {
                return cancellation.isCancelled() ? cancelled()
                        : end(UpgradeOutcome.Result.NOT_CHANGED, e.getMessage() + " The connector runs as before.");
            }
            if (cancellation.isCancelled()) {
                return cancelled();
            }
            return replace(oldVersion, subaccounts, oldImageId, cancellation);
        }

        private UpgradeOutcome replace(String oldVersion, Set<String> subaccounts, String oldImageId,
                                       Cancellation cancellation) throws InterruptedException {
            String target = plan.image().version();
            SubaccountCheck check = () -> {
                try (SccClient client = plan.access().open()) {
                    return SubaccountChecks.through(client).subaccounts();
                }
            };
            ReplacementOutcome replaced = new ContainerReplacement(engine, readyTimeout).recreate(plan.container(),
                    plan.image().tag(), check, () -> {
                        if (cancellation.isCancelled()) {
                            throw new UpgradeException("The upgrade was cancelled.");
                        }
                        String reported;
                        try (SccClient client = plan.access().open()) {
                            reported = client.version();
                        }
                        report(UpgradeStep.REPLACE, "The new connector reports version " + reported);
                        if (Version.tryParse(reported).map(v -> v.compareTo(Version.parse(target)) != 0).orElse(true)) {
                            throw new UpgradeException("The new connector reports version " + reported + ", not " + target + ".");
                        }
                    }, line -> report(UpgradeStep.REPLACE, line));
            if (replaced.succeeded()) {
                return end(UpgradeOutcome.Result.UPGRADED, "Upgraded '" + plan.container() + "' from " + oldVersion
                        + " to " + target + "; its " + subaccounts.size() + " subaccount(s) are all there. The old image stays.");
            }
            report(UpgradeStep.ROLL_BACK, replaced.message());
            RollbackRestore rollback = new RollbackRestore(engine, plan, readyTimeout, text -> report(UpgradeStep.RESTORE, text));
            if (!rollback.oldContainerRuns(oldImageId)) {
                return end(UpgradeOutcome.Result.ROLLBACK_FAILED, replaced.message() + " The old connector is not running"
                        + " again; the backup is at " + backup.file() + ".");
            }
            if (!replaced.newContainerStarted()) {
                return end(UpgradeOutcome.Result.ROLLED_BACK, replaced.message());
            }
            String restored = rollback.restore(backup, oldVersion, subaccounts);
            return restored == null
                    ? end(UpgradeOutcome.Result.ROLLED_BACK_AND_RESTORED, replaced.message() + " The backup taken before"
                            + " the upgrade was restored; version " + oldVersion + " runs with all its subaccounts.")
                    : end(UpgradeOutcome.Result.ROLLBACK_FAILED, replaced.message() + " " + restored);
        }

        private UpgradeOutcome cancelled() {
            return end(UpgradeOutcome.Result.CANCELLED, "The upgrade was cancelled before the container was touched;"
                    + " the connector runs as before.");
        }

        private void report(UpgradeStep step, String text) {
            steps.add(step.title() + ": " + text);
            listener.progress(step, text);
        }

        UpgradeOutcome end(UpgradeOutcome.Result result, String message) {
            steps.add(message);
            return new UpgradeOutcome(result, message, steps, Duration.between(started, Instant.now()), backup);
        }
    }
}
