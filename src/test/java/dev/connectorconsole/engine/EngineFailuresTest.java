package dev.connectorconsole.engine;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.sun.jna.LastErrorException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The translations whose engine-side cause cannot be produced on this machine (we run as root), from the engine's own texts. */
class EngineFailuresTest {
    private static final EngineEndpoint SOCKET = EngineEndpoint.defaultSocket();

    @Test
    void permissionDeniedOnTheSocketSuggestsTheDockerGroup() {
        RuntimeException failure = new RuntimeException(new IOException(new LastErrorException(13)));

        EngineException translated = EngineFailures.translate(failure, SOCKET);

        assertThat(translated.kind()).isEqualTo(EngineException.Kind.PERMISSION_DENIED);
        assertThat(translated.getMessage()).isEqualTo("Permission denied on unix:///var/run/docker.sock. Add your user to the "
                + "'docker' group (sudo usermod -aG docker $USER), then log out and in again.");
    }

    @Test
    void aMissingSocketFromTheDefaultLocationSaysToStartDocker() {
        EngineException translated = EngineFailures.translate(new RuntimeException(new LastErrorException(2)), SOCKET);

        assertThat(translated.kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
        assertThat(translated.getMessage()).isEqualTo("No Docker engine answers at unix:///var/run/docker.sock. "
                + "Start Docker and try again (the address comes from default socket).");
    }

    @Test
    void thePortAllocatedAnswerBecomesPortInUseWithThePort() {
        InternalServerErrorException answer = new InternalServerErrorException("Status 500: {\"message\":\"driver failed programming "
                + "external connectivity on endpoint scc (abc): Bind for 0.0.0.0:8443 failed: port is already allocated\"}\n");

        EngineException translated = EngineFailures.translate(answer, SOCKET);

        assertThat(translated.kind()).isEqualTo(EngineException.Kind.PORT_IN_USE);
        assertThat(translated.getMessage()).isEqualTo("Host port 8443 is already in use. Choose another port.");
    }

    @Test
    void anEngineRefusingOurApiVersionIsTooOld() {
        BadRequestException answer = new BadRequestException("Status 400: {\"message\":\"client version 1.41 is too new. "
                + "Maximum supported API version is 1.39\"}\n");

        EngineException translated = EngineFailures.translate(answer, SOCKET);

        assertThat(translated.kind()).isEqualTo(EngineException.Kind.API_TOO_OLD);
        assertThat(translated.getMessage()).contains("speaks API 1.39").contains("needs API 1.41 (Docker 20.10) or newer");
    }

    @Test
    void conflictsAndMissingThingsKeepTheNamesTheEngineGave() {
        ConflictException conflict = new ConflictException("Status 409: {\"message\":\"Conflict. The container name \\\"/scc\\\" is "
                + "already in use by container \\\"0123abcd\\\". You have to remove (or rename) that container to be able to reuse that name.\"}\n");
        NotFoundException image = new NotFoundException("Status 404: {\"message\":\"No such image: scc:2.19.1\"}\n");
        NotFoundException container = new NotFoundException("Status 404: {\"message\":\"No such container: scc\"}\n");

        assertThat(EngineFailures.translate(conflict, SOCKET).getMessage()).isEqualTo("A container named 'scc' already exists. Remove it or choose another name.");
        assertThat(EngineFailures.translate(image, SOCKET).getMessage()).isEqualTo("The image 'scc:2.19.1' is not in the Docker engine. Build it first.");
        assertThat(EngineFailures.translate(image, SOCKET).kind()).isEqualTo(EngineException.Kind.IMAGE_MISSING);
        assertThat(EngineFailures.translate(container, SOCKET).getMessage()).isEqualTo("There is no container named 'scc'.");
    }

    @Test
    void somethingUnknownKeepsTheEnginesSentenceOnOneLine() {
        EngineException translated = EngineFailures.translate(new InternalServerErrorException("Status 500: {\"message\":\"disk full\\nsecond line\"}"),
                new EngineEndpoint(URI.create("tcp://build:2375"), "DOCKER_HOST", false, null));

        assertThat(translated.kind()).isEqualTo(EngineException.Kind.OTHER);
        assertThat(translated.getMessage()).isEqualTo("The Docker engine reported: disk full second line");
    }
}
