package dev.connectorconsole.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.StreamType;
import dev.connectorconsole.probe.ReachProbe;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Checks whether a host answers from where the connector is: a short-lived probe container from the connector's own
 * image joins the connector container's network namespace ({@code --network container:<id>}), runs
 * {@link ReachProbe} with the image's Java (copied in through the archive API, so the image needs no shell, curl or
 * nc), and is removed afterwards whatever happened. The connector container itself is not touched.
 */
public final class ReachabilityCheck {
    static final String PROBE_LABEL = "dev.connectorconsole.probe";
    private static final String PROBE_DIR = "/cc-probe";

    private final DockerClient docker;

    public ReachabilityCheck(DockerClient docker) {
        this.docker = docker;
    }

    /** @param http also send {@code HEAD /} and report the status line */
    public Reachability check(String container, String host, int port, boolean http, Duration timeout) {
        InspectContainerResponse target = docker.inspectContainerCmd(container).exec();
        if (target.getState() == null || !Boolean.TRUE.equals(target.getState().getRunning())) {
            throw new EngineException(EngineException.Kind.OTHER, "Start " + ContainerNames.strip(target.getName())
                    + " first: the check runs in its network.");
        }
        String probe = docker.createContainerCmd(target.getImageId())
                .withName("cc-probe-" + UUID.randomUUID().toString().substring(0, 8))
                .withEntrypoint(javaOf(target), "-cp", PROBE_DIR, ReachProbe.class.getName(), host,
                        String.valueOf(port), http ? "http" : "tcp", String.valueOf(timeout.toMillis()))
                .withCmd(List.of())
                .withUser(target.getConfig().getUser())
                .withLabels(Map.of(PROBE_LABEL, target.getId()))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("container:" + target.getId()))
                .exec().getId();
        try {
            docker.copyArchiveToContainerCmd(probe).withRemotePath("/").withTarInputStream(probeClass()).exec();
            docker.startContainerCmd(probe).exec();
            Integer exit = docker.waitContainerCmd(probe).start()
                    .awaitStatusCode(timeout.toMillis() + 20_000, TimeUnit.MILLISECONDS);
            String output = output(probe);
            if (exit != null && exit != 0) {
                return new Reachability(Reachability.Outcome.FAILED, 0, explain(output));
            }
            return Reachability.parse(output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(""));
        } finally {
            docker.removeContainerCmd(probe).withForce(true).exec();
        }
    }

    /** The image's Java: its entrypoint when that is java, else JAVA_HOME's, else {@code java} on its PATH. */
    static String javaOf(InspectContainerResponse target) {
        String[] entrypoint = target.getConfig().getEntrypoint();
        if (entrypoint != null && entrypoint.length > 0 && entrypoint[0].endsWith("/java")) {
            return entrypoint[0];
        }
        String[] env = target.getConfig().getEnv();
        return Arrays.stream(env == null ? new String[0] : env).filter(e -> e.startsWith("JAVA_HOME="))
                .map(e -> e.substring("JAVA_HOME=".length()) + "/bin/java").findFirst().orElse("java");
    }

    private static String explain(String output) {
        if (output.contains("UnsupportedClassVersionError")) {
            return "the connector's Java is older than 17, which the check needs";
        }
        String last = output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        return last.isEmpty() ? "the probe could not run in this image" : last;
    }

    private String output(String probe) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            docker.logContainerCmd(probe).withStdOut(true).withStdErr(true)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            if (frame.getStreamType() == StreamType.STDOUT || frame.getStreamType() == StreamType.STDERR
                                    || frame.getStreamType() == StreamType.RAW) {
                                text.writeBytes(frame.getPayload());
                            }
                        }
                    }).awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    /** A tar with the probe's class file under {@code /cc-probe}, readable by any user. */
    private static InputStream probeClass() {
        String name = ReachProbe.class.getName().replace('.', '/') + ".class";
        try (InputStream in = ReachProbe.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the probe class is missing from the app");
            }
            byte[] bytes = in.readAllBytes();
            ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(tarBytes)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                TarArchiveEntry entry = new TarArchiveEntry(PROBE_DIR.substring(1) + "/" + name);
                entry.setSize(bytes.length);
                entry.setMode(0644);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
            return new ByteArrayInputStream(tarBytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
