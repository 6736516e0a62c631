package dev.connectorconsole.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.e2e.SandboxImages;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.lifecycle.ConnectorOnVolumes;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades of a sandbox connector container on the real engine: 2.19.0 → 2.19.1, and a forced failure rolled back. The
 * old version's image is set-up, shared with other classes ({@link SandboxImages#sharedVersion}); each new one is built.
 */
class ConnectorUpgradeTest {
    private static final Path JLINK_CACHE = Path.of("target", "test-jlink-cache").toAbsolutePath();
    private static final String SECOND = "6e2d8f3b-4c5a-4b7f-8d9e-2f3a4b5c6d7e";
    private static final Secret BACKUP_PASSWORD = new Secret("Upgrade-Backup-" + System.nanoTime());
    private static EngineConnection engine;
    private static String prefix;
    private static String oldImage;
    private static Path work;
    private final List<String> images = new ArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<UpgradeStep> stepsSeen = new CopyOnWriteArrayList<>();
    private ConnectorOnVolumes connector;
    private String container;
    private volatile long restoreStarted;

    @TempDir
    Path dir;

    @BeforeAll
    static void tagTheOldVersion() throws Exception {
        engine = EngineTestSupport.connect();
        prefix = EngineTestSupport.uniqueName("upgrade");
        oldImage = prefix + "/sandbox:2.19.0";
        work = Files.createTempDirectory("cc-test-upgrade-");
        SandboxImages.sharedVersion(engine, "2.19.0", oldImage);
    }

    @AfterAll
    static void removeTheOldVersion() {
        TestImages.removeImage(engine, oldImage);
        engine.close();
    }

    @BeforeEach
    void runTheOldVersionWithTwoSubaccounts() throws Exception {
        connector = ConnectorOnVolumes.start(prefix + "-" + UUID.randomUUID().toString().substring(0, 4), oldImage,
                30443, "--connect-delay-ms", "10");
        container = connector.name();
        try (SccClient admin = connector.client()) {
            admin.create(new SubaccountCreate(HandMadeSandboxConnector.REGION, SECOND, "ops@example.com",
                    new Secret("cloud-secret-2"), "Second subaccount", "second", "", false));
        }
    }

    @AfterEach
    void removeWhatTheTestMade() {
        connector.close();
        images.forEach(i -> TestImages.removeImage(engine, i));
    }

    @Test
    void upgradesTo2191KeepingEverySubaccountAndTheOldImage() throws Exception {
        String newImage = prefix + "/sandbox:2.19.1";
        images.add(newImage);
        BackupStore store = new BackupStore(dir.resolve("backups"));
        UpgradeOutcome same = upgrade(sandboxImage("2.19.0", prefix + "/sandbox:same", false), store, Duration.ofSeconds(60));
        assertThat(same.result()).isEqualTo(UpgradeOutcome.Result.NOT_CHANGED);
        assertThat(same.message()).contains("not newer");
        assertThat(store.list(container).entries()).isEmpty();

        UpgradeOutcome outcome = upgrade(sandboxImage("2.19.1", newImage, false), store, Duration.ofSeconds(60));

        System.out.println("Sandbox upgrade 2.19.0 -> 2.19.1 end to end took " + outcome.took().toMillis() + " ms");
        assertThat(outcome.result()).as(outcome.message() + "\n" + String.join("\n", outcome.steps()))
                .isEqualTo(UpgradeOutcome.Result.UPGRADED);
        assertThat(stepsSeen).containsSubsequence(UpgradeStep.CHECK, UpgradeStep.BACKUP, UpgradeStep.BUILD, UpgradeStep.REPLACE);
        try (SccClient admin = connector.client()) {
            assertThat(admin.version()).isEqualTo("2.19.1");
            assertThat(SubaccountChecks.through(admin).subaccounts()).isEqualTo(expected());
            assertThat(admin.subaccount(HandMadeSandboxConnector.REGION, SECOND).displayName()).isEqualTo("Second subaccount");
        }
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getConfig().getImage()).isEqualTo(newImage);
        assertThat(engine.client().inspectImageCmd(oldImage).exec()).as("the old image stays").isNotNull();
        List<BackupEntry> backups = store.list(container).entries();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).version()).isEqualTo("2.19.0");
        assertThat(outcome.backup().file()).isEqualTo(backups.get(0).file());
        assertThat(String.join("\n", seen)).doesNotContain(BACKUP_PASSWORD.value(), HandMadeSandboxConnector.PASSWORD.value());
    }

    @Test
    void aNewVersionThatNeverAnswersIsRolledBackToTheOldImageWithItsState() throws Exception {
        String broken = prefix + "/sandbox:2.19.1-never-ready";
        images.add(broken);
        String oldId = engine.client().inspectContainerCmd(container).exec().getImageId();

        UpgradeOutcome outcome = upgrade(sandboxImage("2.19.1", broken, true), new BackupStore(dir.resolve("backups")),
                Duration.ofSeconds(15));

        System.out.println("Forced failure rolled back in " + outcome.took().toMillis() + " ms (restore until the"
                + " connector answered again: " + (System.nanoTime() - restoreStarted) / 1_000_000 + " ms): "
                + outcome.message());
        assertThat(outcome.result()).as(outcome.message() + "\n" + String.join("\n", outcome.steps()))
                .isEqualTo(UpgradeOutcome.Result.ROLLED_BACK_AND_RESTORED);
        assertThat(outcome.message()).contains("did not answer", "restored");
        assertThat(stepsSeen).contains(UpgradeStep.ROLL_BACK, UpgradeStep.RESTORE);
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getImageId()).isEqualTo(oldId);
        assertThat(now.getState().getRunning()).isTrue();
        try (SccClient admin = connector.client()) {
            assertThat(admin.version()).isEqualTo("2.19.0");
            assertThat(SubaccountChecks.through(admin).subaccounts()).isEqualTo(expected());
        }
        assertThat(connector.containersNamedAfterIt())
                .containsExactly(container);
    }

    @Test
    void aNewImageThatReportsAnotherVersionIsRolledBack() throws Exception {
        String mislabelled = prefix + "/sandbox:2.19.1-says-2.19.2";
        images.add(mislabelled);
        SandboxNewImage claims2192 = sandboxImage("2.19.2", mislabelled, false);
        NewImage image = new NewImage() {
            @Override public String version() { return "2.19.1"; }
            @Override public String tag() { return mislabelled; }
            @Override public void build(java.util.function.Consumer<String> progress, Cancellation cancellation)
                    throws UpgradeException, InterruptedException {
                claims2192.build(progress, cancellation);
            }
        };

        UpgradeOutcome outcome = upgrade(image, new BackupStore(dir.resolve("backups")), Duration.ofSeconds(60));

        assertThat(outcome.result()).as(outcome.message() + "\n" + String.join("\n", outcome.steps()))
                .isEqualTo(UpgradeOutcome.Result.ROLLED_BACK_AND_RESTORED);
        assertThat(outcome.message()).contains("reports version 2.19.2, not 2.19.1");
        try (SccClient admin = connector.client()) {
            assertThat(admin.version()).isEqualTo("2.19.0");
            assertThat(SubaccountChecks.through(admin).subaccounts()).isEqualTo(expected());
        }
        assertThat(engine.client().inspectContainerCmd(container).exec().getConfig().getImage()).isEqualTo(oldImage);
    }

    @Test
    void cancelledWhileTheNewImageIsBuiltTheContainerIsLeftAsItWas() throws Exception {
        String newImage = prefix + "/sandbox:2.19.1-cancelled";
        images.add(newImage);
        String oldId = engine.client().inspectContainerCmd(container).exec().getId();
        Cancellation cancellation = new Cancellation();

        UpgradeOutcome outcome = upgrade(sandboxImage("2.19.1", newImage, false), new BackupStore(dir.resolve("backups")),
                Duration.ofSeconds(60), cancellation, UpgradeStep.BUILD);

        assertThat(outcome.result()).as(outcome.message() + "\n" + String.join("\n", outcome.steps()))
                .isEqualTo(UpgradeOutcome.Result.CANCELLED);
        assertThat(stepsSeen).doesNotContain(UpgradeStep.REPLACE);
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getId()).isEqualTo(oldId);
        assertThat(now.getState().getRunning()).isTrue();
        assertThat(outcome.backup()).as("the backup taken before the build stays").isNotNull();
        assertThat(outcome.backup().file()).exists();
    }

    private UpgradeOutcome upgrade(NewImage image, BackupStore store, Duration readyTimeout) {
        return upgrade(image, store, readyTimeout, new Cancellation(), null);
    }

    private UpgradeOutcome upgrade(NewImage image, BackupStore store, Duration readyTimeout, Cancellation cancellation,
                                   UpgradeStep cancelAt) {
        ConnectorUpgrade.Plan plan = new ConnectorUpgrade.Plan(container, image,
                () -> connector.client(), store, BACKUP_PASSWORD);
        return new ConnectorUpgrade(engine, readyTimeout).run(plan, (step, text) -> {
            if (step == UpgradeStep.RESTORE && !stepsSeen.contains(UpgradeStep.RESTORE)) {
                restoreStarted = System.nanoTime();
            }
            stepsSeen.add(step);
            seen.add(step + ": " + text);
            if (step == cancelAt) {
                cancellation.cancel();
            }
        }, cancellation);
    }

    private static SandboxNewImage sandboxImage(String version, String tag, boolean neverReady) throws Exception {
        SandboxImageContext context = SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE);
        return new SandboxNewImage(engine, neverReady ? context.neverReady() : context, version, tag,
                Files.createTempDirectory(work, "build-"), TestImages.LABELS);
    }

    private static Set<String> expected() {
        return Set.of(HandMadeSandboxConnector.REGION + "/" + HandMadeSandboxConnector.SUBACCOUNT,
                HandMadeSandboxConnector.REGION + "/" + SECOND);
    }
}
