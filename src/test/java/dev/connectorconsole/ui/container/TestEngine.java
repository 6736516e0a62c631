package dev.connectorconsole.ui.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineLocator;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.BuildContextWriter;

/** The real engine for UI tests, and busybox contexts built FROM scratch; removes what a test created. */
public final class TestEngine implements AutoCloseable {
    public static final Map<String, String> TEST_LABEL = Map.of("dev.connectorconsole.test", "true");

    private final EngineConnection connection;

    public TestEngine() {
        connection = EngineConnection.open(EngineLocator.locate(System.getenv(),
                EngineLocator.dockerConfigDir(System.getenv())));
        connection.ping();
    }

    public EngineConnection connection() {
        return connection;
    }

    /** A context whose image runs busybox httpd on 8443 (plain HTTP: the readiness probe never succeeds). */
    public static BuildContext busyboxContext(Path dir, String extraInstruction) throws IOException {
        Files.createDirectories(dir);
        Files.copy(Path.of("/usr/bin/busybox"), dir.resolve("busybox"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox","--install","-s","/bin"]
                %s
                EXPOSE 8443
                CMD ["/bin/httpd","-f","-p","8443"]
                """.formatted(extraInstruction));
        return BuildContextWriter.existing(dir.resolve("Dockerfile"), dir);
    }

    public void removeContainerAndVolumes(String container, Iterable<String> volumes) {
        DockerClient docker = connection.client();
        try {
            docker.removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException ignored) {
            // not created, or already gone
        }
        for (String volume : volumes) {
            try {
                docker.removeVolumeCmd(volume).exec();
            } catch (RuntimeException ignored) {
                // not created, or already gone
            }
        }
    }

    public void removeImage(String tag) {
        try {
            connection.client().removeImageCmd(tag).withForce(true).exec();
        } catch (RuntimeException ignored) {
            // not built, or already gone
        }
    }

    @Override
    public void close() {
        connection.close();
    }
}
