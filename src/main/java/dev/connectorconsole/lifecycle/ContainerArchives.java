package dev.connectorconsole.lifecycle;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Copies files between containers through the engine's archive API (as {@code docker cp} does): no shell is needed in
 * either container, and both may be stopped. Owners and modes travel with the tar stream.
 */
final class ContainerArchives {
    private final DockerClient docker;

    ContainerArchives(DockerClient docker) {
        this.docker = docker;
    }

    /** True when {@code path} exists in the container. */
    boolean exists(String container, String path) {
        try (InputStream tar = docker.copyArchiveFromContainerCmd(container, path).exec()) {
            tar.transferTo(OutputStreams.DISCARD);
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder or file {@code path} of {@code from} to the same path in {@code to}. */
    void copy(String from, String path, String to) {
        String parent = path.substring(0, path.lastIndexOf('/'));
        try (InputStream tar = docker.copyArchiveFromContainerCmd(from, path).exec()) {
            docker.copyArchiveToContainerCmd(to).withRemotePath(parent.isEmpty() ? "/" : parent)
                    .withTarInputStream(tar).exec();
        } catch (IOException e) {
            throw new UncheckedIOException("Copying " + path + " failed: " + e.getMessage(), e);
        }
    }

    private static final class OutputStreams {
        static final java.io.OutputStream DISCARD = java.io.OutputStream.nullOutputStream();
    }
}
