package dev.connectorconsole.adopt;

import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.settings.ConnectorProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A connector set up by hand with the docker CLI, as in SAP's walkthrough, is found, adopted and managed. */
class HandMadeContainerAdoptionTest {
    private EngineConnection engine;
    private String image;
    private String container;

    @BeforeEach
    void connect() {
        engine = EngineTestSupport.connect();
        String suffix = EngineTestSupport.uniqueName("adopt");
        image = suffix + "-scc:1";
        container = suffix + "-myscc";
    }

    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        docker("rm", "-f", container);
        docker("rmi", "-f", image);
        engine.close();
    }

    @Test
    void aContainerStartedWithDockerRunIsFoundAdoptedStoppedAndStarted(@TempDir Path dir) throws Exception {
        writeWalkthroughLikeImage(dir);
        assertThat(docker("build", "-q", "-t", image, "--label", EngineTestSupport.TEST_LABEL + "=true",
                dir.toString()).exit).isZero();
        int port = PortCheck.nextFree(28443);
        assertThat(docker("run", "-d", "--name", container, "-p", port + ":8443",
                "--label", EngineTestSupport.TEST_LABEL + "=true", image).exit).isZero();

        List<ConnectorCandidate> found = new CandidateScanner(engine.client()).scan();

        ConnectorCandidate candidate = found.stream().filter(c -> c.name().equals(container)).findFirst().orElseThrow();
        assertThat(candidate.kind()).isEqualTo(ConnectorCandidate.Kind.CONTAINER);
        assertThat(candidate.hostPort()).isEqualTo(port);
        assertThat(candidate.isRunning()).isTrue();
        assertThat(candidate.reasons()).contains("Publishes the connector's admin port 8443 on host port " + port);
        assertThat(candidate.storage().recreateLosesConfiguration()).isTrue();
        assertThat(found).anyMatch(c -> c.kind() == ConnectorCandidate.Kind.IMAGE && c.name().equals(image)
                && c.reasons().contains("Its configuration points at /opt/sap/scc"));

        ConnectorProfile profile = Adoption.profileFor(candidate, "localhost");
        assertThat(profile.container()).isEqualTo(container);
        assertThat(profile.adminUrl()).isEqualTo("https://localhost:" + port);

        ContainerManager manager = new ContainerManager(engine);
        manager.stop(profile.container());
        assertThat(manager.inspect(container)).get().extracting(s -> s.state()).isEqualTo("exited");
        manager.start(profile.container());
        assertThat(manager.inspect(container)).get().extracting(s -> s.state()).isEqualTo("running");
        assertThat(manager.inspect(container)).get().extracting(s -> s.hostPort()).isEqualTo(port);
    }

    private static void writeWalkthroughLikeImage(Path dir) throws IOException {
        Files.copy(Path.of("/usr/bin/busybox"), dir.resolve("busybox"));
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]
                RUN mkdir -p /opt/sap/scc
                WORKDIR /opt/sap/scc
                EXPOSE 8443
                CMD ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
                """, StandardCharsets.UTF_8);
    }

    private record Result(int exit, String output) {}

    private static Result docker(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("docker " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }
}
