package dev.connectorconsole.lifecycle;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.testsupport.SharedImages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox connector set up by hand: its image built without VOLUME lines and run with the docker CLI, signed in
 * through the admin API (initial password changed, a subaccount added), pinned to the certificate it presents.
 */
public final class HandMadeSandboxConnector {
    static final Path JLINK_CACHE = Path.of("target", "test-jlink-cache").toAbsolutePath();
    public static final String REGION = "cf.eu10.hana.ondemand.com";
    public static final String SUBACCOUNT = "5d1c7e2a-3b4f-4a6e-9c8d-1e2f3a4b5c6d";
    public static final Secret PASSWORD = new Secret("Handmade-" + System.nanoTime());

    private HandMadeSandboxConnector() {}

    /**
     * Tags {@code tag} on the sandbox image built without its VOLUME lines (once per test run, {@link SharedImages});
     * removing {@code tag} leaves the shared image.
     */
    public static void buildImage(EngineConnection engine, String tag) throws Exception {
        SharedImages.tagged(engine, "sandbox-no-volumes", HandMadeSandboxConnector::contextWithoutVolumes, tag);
    }

    private static BuildContext contextWithoutVolumes(Path dir) throws Exception {
        BuildContext context = SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE).prepare(dir);
        String dockerfile = Files.readString(context.dockerfile(), StandardCharsets.UTF_8);
        String withoutVolumes = dockerfile.lines().filter(line -> !line.startsWith("VOLUME "))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(withoutVolumes).as("the generated Dockerfile declares its volumes").isNotEqualTo(dockerfile);
        Files.writeString(context.dockerfile(), withoutVolumes, StandardCharsets.UTF_8);
        return context;
    }

    /**
     * Runs {@code image} as {@code container} the way one is run by hand (no volumes, the admin port published on
     * {@code port} of every address) and waits until it answers.
     */
    public static void run(String container, String image, int port) throws IOException, InterruptedException {
        docker("run", "-d", "--name", container, "-p", port + ":8443", "--label", EngineTestSupport.TEST_LABEL + "=true",
                image, "--connect-delay-ms", "10");
        awaitReady(port);
    }

    /**
     * Tags {@code tag} on the sandbox image declaring these VOLUMEs instead of its own (built once per test run for
     * each list of volumes, {@link SharedImages}): e.g. the four state folders, as images of older versions of the app did.
     */
    public static void buildImageDeclaring(EngineConnection engine, String tag, List<String> volumes) throws Exception {
        SharedImages.tagged(engine, "sandbox-declaring", dir -> contextDeclaring(dir, volumes), tag);
    }

    private static BuildContext contextDeclaring(Path dir, List<String> volumes) throws Exception {
        BuildContext context = SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE).prepare(dir);
        String dockerfile = Files.readString(context.dockerfile(), StandardCharsets.UTF_8);
        String volumeLine = "VOLUME [" + volumes.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "))
                + "]\n";
        Files.writeString(context.dockerfile(), dockerfile.lines().filter(line -> !line.startsWith("VOLUME "))
                .collect(Collectors.joining("\n", "", "\n")).replace("\nENTRYPOINT ", "\n" + volumeLine + "ENTRYPOINT "),
                StandardCharsets.UTF_8);
        return context;
    }

    public static void awaitReady(int port) {
        Readiness readiness = new ReadinessProbe().await("localhost", port, Duration.ofSeconds(90), p -> { });
        assertThat(readiness.ready()).as(readiness.reason()).isTrue();
    }

    /** Changes the initial password and adds {@link #SUBACCOUNT}; returns the pinned certificate's SHA-256. */
    public static String configure(int port) {
        String sha256 = CertificateProbe.fetch("localhost", port).sha256();
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", port);
        try (SccClient initial = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")),
                TrustSettings.pinned(sha256))) {
            initial.changeInitialPassword(new Secret("manage"), PASSWORD);
        }
        try (SccClient admin = client(port, sha256)) {
            admin.setHaRole("master");
            admin.create(new SubaccountCreate(REGION, SUBACCOUNT, "admin@example.com", new Secret("cloud-secret"),
                    "Hand-made subaccount", "handmade", "added before the migration", false));
        }
        return sha256;
    }

    public static SccClient client(int port, String sha256) {
        return new SccClient(new ConnectorEndpoint("localhost", port), new Credentials("Administrator", PASSWORD),
                TrustSettings.pinned(sha256));
    }

    /** The check a migration runs: the subaccounts over HTTPS pinned to the old certificate. */
    public static SubaccountCheck check(int port, String sha256) {
        return () -> {
            try (SccClient admin = client(port, sha256)) {
                return admin.subaccounts().stream().map(s -> s.regionHost() + "/" + s.subaccount()).collect(Collectors.toSet());
            }
        };
    }

    public static Set<String> expected() {
        return Set.of(REGION + "/" + SUBACCOUNT);
    }

    public static String docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("docker " + String.join(" ", args) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IOException("docker " + String.join(" ", args) + " failed: " + output.strip());
        }
        return output.strip();
    }

    public static void dockerQuietly(String... args) {
        try {
            docker(args);
        } catch (IOException | InterruptedException ignored) {
            // cleaning up what may not exist
        }
    }
}
