package dev.connectorconsole.app;

import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.image.BaseImage;
import dev.connectorconsole.image.InstallerScan;
import dev.connectorconsole.image.InstallerScanner;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.image.Version;
import dev.connectorconsole.upgrade.Cancellation;
import dev.connectorconsole.upgrade.ConnectorUpgrade;
import dev.connectorconsole.upgrade.NewImage;
import dev.connectorconsole.upgrade.SapFilesNewImage;
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
 * The sandbox path builds a newer sandbox; containers built from SAP's files and adopted ones are upgraded from a folder
 * with the new SAP downloads ({@link SapFilesNewImage}). Plain Java, blocking: call {@link #run} and {@link #scan} on
 * a background thread.
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
     * @param sapFiles  the folder with the new SAP downloads; empty: a newer sandbox build
     */
    public record Request(String container, String version, SccClient signedIn, Optional<Secret> typed, boolean remember,
                          Optional<Path> sapFiles) {
        public Request(String container, String version, SccClient signedIn, Optional<Secret> typed, boolean remember) {
            this(container, version, signedIn, typed, remember, Optional.empty());
        }
    }

    /**
     * A folder of new SAP downloads as checked before the upgrade.
     *
     * @param version     the Cloud Connector version the downloads bring; empty when none was found
     * @param description what would be built, empty when {@code problem} is not
     * @param problem     why these downloads cannot be used, empty when they can
     */
    public record SapFiles(Path folder, String version, String description, String problem) {}

    private final Supplier<EngineConnection> engine;
    private final Supplier<SandboxImageContext> sandbox;
    private final Function<String, String> tagFor;
    private final Path workRoot;
    private final Map<String, String> labels;
    private final KeptBackups backups;
    private final Supplier<BackupPasswords> passwords;
    private final Duration readyTimeout;
    private final BaseImage sapBase;
    private final Function<String, String> sapTagFor;
    private final SapFilesNewImage.ContextAdjustment sapAdjustment;

    /**
     * @param sandbox  the sandbox's build context (the app's own jars)
     * @param tagFor   the new image's tag for a version, {@link SandboxImageContext#imageTag} in the app
     * @param workRoot where build contexts are written (and deleted after the build)
     * @param labels   labels on the new image (tests mark theirs)
     */
    public ConnectorUpgrades(Supplier<EngineConnection> engine, Supplier<SandboxImageContext> sandbox,
                             Function<String, String> tagFor, Path workRoot, Map<String, String> labels,
                             KeptBackups backups, Supplier<BackupPasswords> passwords, Duration readyTimeout) {
        this(engine, sandbox, tagFor, workRoot, labels, backups, passwords, readyTimeout, BaseImage.defaultImage(),
                SapFilesNewImage::tagFor, SapFilesNewImage.ContextAdjustment.NONE);
    }

    private ConnectorUpgrades(Supplier<EngineConnection> engine, Supplier<SandboxImageContext> sandbox,
                              Function<String, String> tagFor, Path workRoot, Map<String, String> labels,
                              KeptBackups backups, Supplier<BackupPasswords> passwords, Duration readyTimeout,
                              BaseImage sapBase, Function<String, String> sapTagFor,
                              SapFilesNewImage.ContextAdjustment sapAdjustment) {
        this.engine = engine;
        this.sandbox = sandbox;
        this.tagFor = tagFor;
        this.workRoot = workRoot;
        this.labels = Map.copyOf(labels);
        this.backups = backups;
        this.passwords = passwords;
        this.readyTimeout = readyTimeout;
        this.sapBase = sapBase;
        this.sapTagFor = sapTagFor;
        this.sapAdjustment = sapAdjustment;
    }

    /**
     * Same upgrades, building SAP's files on {@code base} under {@code tagFor}{@code (version)} (the app:
     * {@link SapFilesNewImage#tagFor}), each written context changed by {@code adjustment}.
     */
    public ConnectorUpgrades withSapImages(BaseImage base, Function<String, String> tagFor,
                                           SapFilesNewImage.ContextAdjustment adjustment) {
        return new ConnectorUpgrades(engine, sandbox, this.tagFor, workRoot, labels, backups, passwords, readyTimeout,
                base, tagFor, adjustment);
    }

    /**
     * Whether an upgrade is offered, and why not.
     *
     * @param configurationInContainer the connector's configuration lives in the container's writable layer, so a
     *                                 recreate would lose it (adopted containers only; the app's own use volumes)
     */
    public static Offer offer(ContainerTarget.Kind kind, boolean configurationInContainer) {
        if (kind == ContainerTarget.Kind.ADOPTED && configurationInContainer) {
            return new Offer(false, "This container keeps the connector's configuration inside itself, not in volumes,"
                    + " so recreating it from a new image would lose it. Migrate it into volumes first (Recreate…"
                    + " offers the migration), then upgrade.");
        }
        return new Offer(true, "");
    }

    /** Whether the upgrade comes from SAP's files (built from them, or adopted) rather than a newer sandbox build. */
    public static boolean fromSapFiles(ContainerTarget.Kind kind) {
        return kind != ContainerTarget.Kind.SANDBOX;
    }

    /** Scans a folder of new SAP downloads (reads archive headers: call off the UI thread). */
    public static SapFiles scan(Path folder) {
        InstallerScan scan = InstallerScanner.scan(folder);
        String problem = SapFilesNewImage.problem(scan);
        String version = scan.scc().map(scc -> scc.version().toString()).orElse("");
        return new SapFiles(folder, version, problem.isEmpty() ? SapFilesNewImage.describe(scan) : "", problem);
    }

    /** Empty when the downloads can be used and bring a version newer than {@code running}, else why not. */
    public static String sapFilesProblem(String running, SapFiles files) {
        if (!files.problem().isEmpty()) {
            return files.problem();
        }
        String newer = versionProblem(running, files.version());
        return newer.isEmpty() ? "" : "These downloads bring version " + files.version() + ", which is not newer than the"
                + " running " + running + ": choose the folder with the newer downloads.";
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

    /** The tag the image of {@code version} is built under, for a container of {@code kind}. */
    public String tagFor(ContainerTarget.Kind kind, String version) {
        return fromSapFiles(kind) ? sapTagFor.apply(version.trim()) : tagFor.apply(version.trim());
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
            NewImage image = newImage(request, version, work);
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

    private NewImage newImage(Request request, String version, Path work) {
        if (request.sapFiles().isEmpty()) {
            return new SandboxNewImage(engine.get(), sandbox.get(), version, tagFor.apply(version), work, labels);
        }
        InstallerScan scan = InstallerScanner.scan(request.sapFiles().get());
        String problem = SapFilesNewImage.problem(scan);
        if (!problem.isEmpty()) {
            throw new IllegalStateException(problem);
        }
        String found = scan.scc().orElseThrow().version().toString();
        if (!found.equals(version)) {
            throw new IllegalStateException("The folder now holds version " + found + ", not " + version
                    + ": check the folder again.");
        }
        return new SapFilesNewImage(engine.get(), scan, sapBase, sapTagFor.apply(version), work, labels, sapAdjustment);
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
