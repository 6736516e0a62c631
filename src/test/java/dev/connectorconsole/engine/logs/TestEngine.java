package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The real Docker engine for tests: a client without response timeout (log streams), a busybox image built FROM
 * scratch from the host's busybox-static, and containers that are all labelled, uniquely named and removed on
 * {@link #close()}. An engine that does not answer fails the test.
 */
public final class TestEngine implements AutoCloseable {

    public static final String TEST_LABEL = "dev.connectorconsole.test";
    private static final Path HOST_BUSYBOX = Path.of("/usr/bin/busybox");

    private final DockerClient docker;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> containers = new ArrayList<>();
    private String image;
    private int counter;

    private TestEngine(DockerClient docker) {
        this.docker = docker;
    }

    public static TestEngine connect() {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(50)
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        DockerClient docker = DockerClientImpl.getInstance(config, http);
        try {
            docker.pingCmd().exec();
        } catch (RuntimeException e) {
            throw new AssertionError("These tests need a running Docker engine at " + config.getDockerHost()
                    + " (CI=" + System.getenv("CI") + "); it did not answer: " + e.getMessage(), e);
        }
        return new TestEngine(docker);
    }

    public DockerClient docker() {
        return docker;
    }

    /** A busybox image (FROM scratch), built on first use. */
    public synchronized String busyboxImage() {
        if (image == null) {
            image = "cc-logs-test-busybox:" + runId;
            buildBusybox(image);
        }
        return image;
    }

    private void buildBusybox(String tag) {
        Path context = null;
        try {
            context = Files.createTempDirectory("cc-logs-busybox");
            Files.copy(HOST_BUSYBOX, context.resolve("busybox"));
            Files.writeString(context.resolve("Dockerfile"), String.join("\n",
                    "FROM scratch",
                    "COPY busybox /bin/busybox",
                    "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]",
                    "") );
            docker.buildImageCmd(context.toFile())
                    .withTags(Set.of(tag))
                    .withLabels(Map.of(TEST_LABEL, "true"))
                    .withForcerm(true)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(120, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new AssertionError("could not prepare the busybox build context", e);
        } finally {
            deleteTree(context);
        }
    }

    /** Creates and starts a container running {@code script} with busybox sh; returns its name. */
    public String runShell(String script) {
        String name = createShell(script);
        docker.startContainerCmd(name).exec();
        return name;
    }

    /** Creates (does not start) a container running {@code script} with busybox sh; returns its name. */
    public String createShell(String script) {
        return createShell(script, false);
    }

    /** Creates and starts a container with a terminal (its log is one raw stream with CR LF line ends). */
    public String runShellWithTty(String script) {
        String name = createShell(script, true);
        docker.startContainerCmd(name).exec();
        return name;
    }

    private synchronized String createShell(String script, boolean tty) {
        String name = "cc-logs-test-" + runId + "-" + (++counter);
        docker.createContainerCmd(busyboxImage())
                .withName(name)
                .withLabels(Map.of(TEST_LABEL, "true"))
                .withCmd("sh", "-c", script)
                .withTty(tty)
                .exec();
        containers.add(name);
        return name;
    }

    public int awaitExit(String container) {
        return docker.waitContainerCmd(container).exec(new WaitContainerResultCallback())
                .awaitStatusCode(60, TimeUnit.SECONDS);
    }

    /** Runs a command inside a running container and waits for it. */
    public void exec(String container, String... command) {
        String id = docker.execCreateCmd(container).withCmd(command).exec().getId();
        try {
            docker.execStartCmd(id).exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<>())
                    .awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs a command inside a running container and returns what it printed on stdout. */
    public String execOutput(String container, String... command) {
        String id = docker.execCreateCmd(container).withCmd(command).withAttachStdout(true).exec().getId();
        StringBuilder out = new StringBuilder();
        try {
            docker.execStartCmd(id).exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<
                    com.github.dockerjava.api.model.Frame>() {
                @Override
                public void onNext(com.github.dockerjava.api.model.Frame frame) {
                    out.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }).awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return out.toString();
    }

    /** The line count of {@code docker logs <container>} (stdout and stderr), as the CLI tells it. */
    public static long cliLogLineCount(String container) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("docker", "logs", container).redirectErrorStream(true).start();
        long lines;
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            lines = reader.lines().count();
        }
        if (process.waitFor() != 0) {
            throw new AssertionError("docker logs " + container + " failed with exit code " + process.exitValue());
        }
        return lines;
    }

    /** Polls until the condition holds; fails with {@code what} after the timeout. For engine tests only. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    @Override
    public synchronized void close() {
        for (String name : containers) {
            try {
                docker.removeContainerCmd(name).withForce(true).withRemoveVolumes(true).exec();
            } catch (NotFoundException e) {
                // already gone
            }
        }
        containers.clear();
        if (image != null) {
            try {
                docker.removeImageCmd(image).withForce(true).exec();
            } catch (NotFoundException e) {
                // already gone
            }
            image = null;
        }
        try {
            docker.close();
        } catch (IOException e) {
            // closing the client at the end of a test class
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
