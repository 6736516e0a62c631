package dev.connectorconsole.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.DockerfileGenerator;
import dev.connectorconsole.image.FakeSapFiles;
import dev.connectorconsole.image.InstallerScanner;
import dev.connectorconsole.lifecycle.ConnectorOnVolumes;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrades of a connector built from SAP's files, on the real engine, without SAP's files: fake downloads whose go.sh
 * starts the sandbox connector on a real JVM ({@link FakeSapFiles}), built by the app's two-stage path on a
 * RHEL-like base FROM scratch. 2.19.0 → 2.19.1 keeps the subaccounts and the old image; a 2.19.1 that never answers
 * is rolled back to 2.19.0 with its state.
 */
class SapFilesUpgradeTest {
    private static final Secret BACKUP_PASSWORD = new Secret("Sap-Upgrade-Backup-" + System.nanoTime());
    private static EngineConnection engine;
    private static String prefix;
    private static FakeSapFiles sapFiles;
    private static String oldImage;
    private static Path work;
    private final List<String> images = new ArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private ConnectorOnVolumes connector;
    private String container;

    @BeforeAll
    static void buildTheOldVersionFromFakeSapFiles() throws Exception {
        engine = EngineTestSupport.connect();
        prefix = "cc-test-sap-upgrade-" + UUID.randomUUID().toString().substring(0, 8);
        work = Files.createTempDirectory("cc-test-sap-upgrade-");
        sapFiles = FakeSapFiles.create(engine, work);
        oldImage = prefix + "/scc:2.19.0";
        sapFiles.sharedImage("2.19.0", oldImage);
    }

    @AfterAll
    static void removeTheOldVersion() throws Exception {
        TestImages.removeImage(engine, oldImage);
        sapFiles.close();
        engine.close();
    }

    @BeforeEach
    void runTheOldVersionSignedInWithASubaccount() throws Exception {
        connector = ConnectorOnVolumes.start(prefix + "-" + UUID.randomUUID().toString().substring(0, 4), oldImage, 31443);
        container = connector.name();
        try (SccClient admin = connector.client()) {
            assertThat(admin.version()).as("the fake SAP 2.19.0 answers the admin API").isEqualTo("2.19.0");
        }
    }

    @AfterEach
    void removeWhatTheTestMade() {
        connector.close();
        images.forEach(i -> TestImages.removeImage(engine, i));
    }

    @Test
    void upgradesFromTheNewSapFilesKeepingTheSubaccountAndTheOldImage() throws Exception {
        String newImage = prefix + "/scc:2.19.1";
        images.add(newImage);
        BackupStore store = new BackupStore(work.resolve("backups-" + container));

        UpgradeOutcome outcome = upgrade(image(sapFiles.downloads("2.19.1", false), newImage), store, Duration.ofSeconds(60));

        System.out.println("SAP-files upgrade 2.19.0 -> 2.19.1 end to end (backup, image, recreate, Ready, checks) took "
                + outcome.took().toMillis() + " ms");
        assertThat(outcome.result()).as(outcome.message() + "\n" + String.join("\n", outcome.steps()))
                .isEqualTo(UpgradeOutcome.Result.UPGRADED);
        try (SccClient admin = connector.client()) {
            assertThat(admin.version()).isEqualTo("2.19.1");
            assertThat(SubaccountChecks.through(admin).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        }
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getConfig().getImage()).isEqualTo(newImage);
        assertThat(now.getConfig().getLabels()).containsEntry(DockerfileGenerator.VERSION_LABEL, "2.19.1");
        assertThat(engine.client().inspectImageCmd(oldImage).exec()).as("the old image stays").isNotNull();
        assertThat(store.list(container).entries()).singleElement().satisfies(b -> assertThat(b.version()).isEqualTo("2.19.0"));
        assertThat(String.join("\n", seen)).doesNotContain(BACKUP_PASSWORD.value(), HandMadeSandboxConnector.PASSWORD.value());
    }

    @Test
    void newSapFilesThatNeverAnswerAreRolledBackToTheOldVersionWithItsState() throws Exception {
        String broken = prefix + "/scc:2.19.1-never-ready";
        images.add(broken);
        String oldId = engine.client().inspectContainerCmd(container).exec().getImageId();

        UpgradeOutcome outcome = upgrade(image(sapFiles.downloads("2.19.1", true), broken),
                new BackupStore(work.resolve("backups-" + container)), Duration.ofSeconds(15));

        System.out.println("SAP-files forced failure rolled back in " + outcome.took().toMillis() + " ms: " + outcome.message());
        assertThat(outcome.result()).as(outcome.message() + "\n" + String.join("\n", outcome.steps()))
                .isEqualTo(UpgradeOutcome.Result.ROLLED_BACK_AND_RESTORED);
        InspectContainerResponse now = engine.client().inspectContainerCmd(container).exec();
        assertThat(now.getImageId()).isEqualTo(oldId);
        assertThat(now.getState().getRunning()).isTrue();
        try (SccClient admin = connector.client()) {
            assertThat(admin.version()).isEqualTo("2.19.0");
            assertThat(SubaccountChecks.through(admin).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        }
        assertThat(connector.containersNamedAfterIt())
                .containsExactly(container);
    }

    private UpgradeOutcome upgrade(NewImage image, BackupStore store, Duration readyTimeout) {
        ConnectorUpgrade.Plan plan = new ConnectorUpgrade.Plan(container, image,
                () -> connector.client(), store, BACKUP_PASSWORD);
        return new ConnectorUpgrade(engine, readyTimeout).run(plan, (step, text) -> seen.add(step + ": " + text),
                new Cancellation());
    }

    private static SapFilesNewImage image(Path downloads, String tag) throws Exception {
        return new SapFilesNewImage(engine, InstallerScanner.scan(downloads), FakeSapFiles.BASE, tag,
                Files.createTempDirectory(work, "build-"), TestImages.LABELS, sapFiles.onLocalBase());
    }
}
