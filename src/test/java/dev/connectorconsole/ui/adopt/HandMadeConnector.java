package dev.connectorconsole.ui.adopt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.connectorconsole.engine.EngineTestSupport;

/**
 * What an administrator following SAP's walkthrough makes by hand with the docker CLI: an image built from a folder
 * (here FROM scratch with busybox, WORKDIR /opt/sap/scc, EXPOSE 8443) and a container started with {@code docker run -p}.
 * Everything carries the test label; {@link #removeAll} removes it.
 */
public final class HandMadeConnector {
    private HandMadeConnector() {}

    public static void buildImage(Path dir, String tag) throws IOException, InterruptedException {
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
        docker("build", "-q", "-t", tag, "--label", EngineTestSupport.TEST_LABEL + "=true", dir.toString());
    }

    public static void run(String container, String image, int hostPort) throws IOException, InterruptedException {
        docker("run", "-d", "--name", container, "-p", hostPort + ":8443", "--label",
                EngineTestSupport.TEST_LABEL + "=true", image);
    }

    public static void removeAll(String container, String image) throws IOException, InterruptedException {
        if (container != null) {
            dockerQuietly("rm", "-f", container);
        }
        if (image != null) {
            dockerQuietly("rmi", "-f", image);
        }
    }

    static void docker(String... args) throws IOException, InterruptedException {
        String output = dockerQuietly(args);
        if (output != null) {
            throw new IOException("docker " + String.join(" ", args) + " failed: " + output);
        }
    }

    /** @return null on success, otherwise the command's output */
    private static String dockerQuietly(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "did not finish in 120 s";
        }
        return process.exitValue() == 0 ? null : output.strip();
    }
}
