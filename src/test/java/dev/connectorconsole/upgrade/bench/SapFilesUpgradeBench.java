package dev.connectorconsole.upgrade.bench;

import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.docker;
import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.dockerQuietly;

import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineLocator;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.DockerfileGenerator;
import dev.connectorconsole.image.FakeSapFiles;
import dev.connectorconsole.image.InstallerScanner;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.upgrade.Cancellation;
import dev.connectorconsole.upgrade.ConnectorUpgrade;
import dev.connectorconsole.upgrade.SapFilesNewImage;
import dev.connectorconsole.upgrade.UpgradeOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SAP-files upgrade end to end (check, backup, image, recreate, Ready, version and subaccounts) on the real engine,
 * from fake SAP downloads that run the sandbox connector ({@link FakeSapFiles}): one container on volumes upgraded
 * 2.19.0 → 2.19.1 → 2.19.2 …, one round per version, and the time of each step from the listener. Run after building
 * the test classes: {@code java -cp "target/classes:target/test-classes:<test classpath>"
 * dev.connectorconsole.upgrade.bench.SapFilesUpgradeBench 3}.
 */
public final class SapFilesUpgradeBench {
    private SapFilesUpgradeBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String prefix = "cc-test-sap-upgrade-bench-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = Files.createTempDirectory("cc-test-sap-upgrade-bench-");
        List<String> images = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        try (EngineConnection engine = EngineConnection.open(EngineLocator.locate());
             FakeSapFiles sapFiles = FakeSapFiles.create(engine, work)) {
            try {
                String first = prefix + "/scc:2.19.0";
                images.add(first);
                image(engine, sapFiles, work, "2.19.0", first).build(line -> { }, new Cancellation());
                int port = PortCheck.nextFree(33443);
                List<String> run = new ArrayList<>(List.of("run", "-d", "--name", prefix, "-p",
                        "127.0.0.1:" + port + ":8443", "--label", EngineTestSupport.TEST_LABEL + "=true"));
                for (String folder : DockerfileGenerator.VOLUMES) {
                    String volume = prefix + "-" + folder.substring(folder.lastIndexOf('/') + 1);
                    volumes.add(volume);
                    run.addAll(List.of("-v", volume + ":" + folder));
                }
                run.add(first);
                docker(run.toArray(String[]::new));
                HandMadeSandboxConnector.awaitReady(port);
                String sha256 = HandMadeSandboxConnector.configure(port);
                Secret password = new Secret("Bench-" + System.nanoTime());
                BackupStore store = new BackupStore(work.resolve("backups"));
                for (int round = 1; round <= rounds; round++) {
                    String version = "2.19." + round;
                    String tag = prefix + "/scc:" + version;
                    images.add(tag);
                    SapFilesNewImage image = image(engine, sapFiles, work, version, tag);
                    List<String> steps = new ArrayList<>();
                    long started = System.nanoTime();
                    UpgradeOutcome outcome = new ConnectorUpgrade(engine, Duration.ofSeconds(90)).run(
                            new ConnectorUpgrade.Plan(prefix, image, () -> HandMadeSandboxConnector.client(port, sha256),
                                    store, password),
                            (step, text) -> {
                                String name = step.name();
                                if (steps.isEmpty() || !steps.get(steps.size() - 1).startsWith(name + " ")) {
                                    steps.add(name + " from " + (System.nanoTime() - started) / 1_000_000 + " ms");
                                }
                            }, new Cancellation());
                    System.out.printf("round %d: %s -> %s %s in %d ms (%s)%n", round, "2.19." + (round - 1), version,
                            outcome.result(), outcome.took().toMillis(), String.join(", ", steps));
                    if (!outcome.succeeded()) {
                        System.out.println(outcome.message());
                        break;
                    }
                }
            } finally {
                dockerQuietly("rm", "-f", prefix);
                volumes.forEach(v -> dockerQuietly("volume", "rm", "-f", v));
                images.forEach(i -> TestImages.removeImage(engine, i));
            }
        }
    }

    private static SapFilesNewImage image(EngineConnection engine, FakeSapFiles sapFiles, Path work, String version,
                                          String tag) throws Exception {
        return new SapFilesNewImage(engine, InstallerScanner.scan(sapFiles.downloads(version, false)),
                FakeSapFiles.BASE, tag, Files.createTempDirectory(work, "build-"), TestImages.LABELS,
                sapFiles.onLocalBase());
    }
}
