package dev.connectorconsole.app;

import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.image.Version;
import dev.connectorconsole.upgrade.Cancellation;
import dev.connectorconsole.upgrade.ConnectorUpgrade;
import dev.connectorconsole.upgrade.SandboxNewImage;
import dev.connectorconsole.upgrade.UpgradeListener;
import dev.connectorconsole.upgrade.UpgradeOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Upgrades the Container screen's connector to a newer version: what can be offered for which container, the version
 * proposed, and the run itself ({@link ConnectorUpgrade}: backup kept in the app's folder, new image tagged with its
 * version, recreate on the same volumes, Ready, version and subaccounts checked, rollback and restore on failure).
 * Only the sandbox path builds new images for now. Plain Java, blocking: call {@link #run} on a long-running
 * background thread.
 */
public final class ConnectorUpgrades {
    /** Whether an upgrade is offered for a container, and if not, why not (a sentence for the user). */
    public record Offer(boolean offered, String reason) {}

    /**
     * One upgrade as the user asked for it.
     *
     * @param container the container (and the name its backups are kept under)
     * @param version   the version the new image claims
     * @param signedIn  the app's sign-in to this connector; the upgrade works on copies of it
     * @param typed     the backup password typed now; empty: the remembered one
     * @param remember  remember the typed password for the next backups
     */
    public record Request(String container, String version, SccClient signedIn, Optional<Secret> typed, boolean remember) {}

    private final Supplier<EngineConnection> engine;
    private final Supplier<SandboxImageContext> sandbox;
    private final Function<String, String> tagFor;
    private final Path workRoot;
    private final Map<String, String> labels;
    private final KeptBackups backups;
    private final Supplier<BackupPasswords> passwords;
    private final Duration readyTimeout;

    /**
     * @param sandbox  the sandbox's build context (the app's own jars)
     * @param tagFor   the new image's tag for a version, {@link SandboxImageContext#imageTag} in the app
     * @param workRoot where build contexts are written (and deleted after the build)
     * @param labels   labels on the new image (tests mark theirs)
     */
    public ConnectorUpgrades(Supplier<EngineConnection> engine, Supplier<SandboxImageContext> sandbox,
                             Function<String, String> tagFor, Path workRoot, Map<String, String> labels,
                             KeptBackups backups, Supplier<BackupPasswords> passwords, Duration readyTimeout) {
        this.engine = engine;
        this.sandbox = sandbox;
        this.tagFor = tagFor;
        this.workRoot = workRoot;
        this.labels = Map.copyOf(labels);
        this.backups = backups;
        this.passwords = passwords;
        this.readyTimeout = readyTimeout;
    }

    public static Offer offer(ContainerTarget.Kind kind) {
        return switch (kind) {
            case SANDBOX -> new Offer(true, "");
            case SAP_INSTALLER -> new Offer(false, "Upgrading a connector built from SAP's files is not offered yet:"
                    + " choosing the new version's files for an upgrade comes later. Until then, take a backup on the"
                    + " Backups screen before building and recreating by hand.");
            case ADOPTED -> new Offer(false, "This container was made outside the app, which does not know how its"
                    + " image was built, so it cannot build a newer one.");
        };
    }

    /** The next patch version after the running one: 2.19.0.2 → 2.19.1. */
    public static String nextPatch(String running) {
        return Version.tryParse(running).map(v -> v.part(0) + "." + v.part(1) + "." + (v.part(2) + 1)).orElse("");
    }

    /** Empty when {@code typed} is a version newer than {@code running}, else what is wrong with it. */
    public static String versionProblem(String running, String typed) {
        Optional<Version> wanted = Version.tryParse(typed == null ? "" : typed.trim());
        if (wanted.isEmpty()) {
            return "A version such as 2.19.1";
        }
        Optional<Version> now = Version.tryParse(running);
        return now.isPresent() && wanted.get().compareTo(now.get()) <= 0
                ? "Choose a version newer than the running " + running : "";
    }

    /** The tag the image of {@code version} is built under. */
    public String tagFor(String version) {
        return tagFor.apply(version.trim());
    }

    /** Whether a backup password is remembered for the connector (secret store I/O). */
    public boolean passwordRemembered(String container) {
        try {
            return passwords.get().recall(container).isPresent();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Runs the upgrade; progress goes to {@code listener} on this thread. The backup taken stays in the store. */
    public UpgradeOutcome run(Request request, UpgradeListener listener, Cancellation cancellation) throws IOException {
        Secret password = request.typed().isPresent() ? request.typed().get()
                : passwords.get().recall(request.container()).orElseThrow(() -> new IllegalStateException(
                        "No backup password is remembered for this connector any more: type one."));
        if (request.remember() && request.typed().isPresent()) {
            passwords.get().remember(request.container(), password);
        }
        String version = request.version().trim();
        Path work = Files.createDirectories(workRoot).resolve("upgrade-" + System.nanoTime());
        try {
            SandboxNewImage image = new SandboxNewImage(engine.get(), sandbox.get(), version, tagFor.apply(version),
                    work, labels);
            ConnectorUpgrade.Plan plan = new ConnectorUpgrade.Plan(request.container(), image,
                    () -> request.signedIn().copy(), backups.store(), password);
            UpgradeOutcome outcome = new ConnectorUpgrade(engine.get(), readyTimeout).run(plan, listener, cancellation);
            if (outcome.backup() != null) {
                backups.trim(request.container());
            }
            return outcome;
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException leftBehind) {
            // a build context left in the app's cache folder; the next upgrade uses a new one
        }
    }
}
