package dev.connectorconsole.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.sun.jna.LastErrorException;
import dev.connectorconsole.engine.EngineException.Kind;

import javax.net.ssl.SSLException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place that turns docker-java and transport failures into an {@link EngineException} with a human sentence. */
public final class EngineFailures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTAINER_NAME = Pattern.compile("container name \"/?([^\"]+)\" is already in use");
    private static final Pattern BIND_PORT = Pattern.compile(":(\\d{1,5})(?: failed|: bind)");
    private static final Pattern NO_SUCH_IMAGE = Pattern.compile("No such image: (\\S+)");
    private static final Pattern NO_SUCH_CONTAINER = Pattern.compile("No such container: (\\S+)");
    private static final Pattern TOO_NEW = Pattern.compile("[Mm]aximum supported API version is ([0-9.]+)");
    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int ECONNREFUSED = 111;

    private EngineFailures() {}

    public static EngineException translate(Throwable failure, EngineEndpoint endpoint) {
        if (failure instanceof EngineException engineException) {
            return engineException;
        }
        if (failure instanceof DockerException docker) {
            return fromEngineAnswer(docker, endpoint);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            EngineException known = fromTransport(t, endpoint);
            if (known != null) {
                return known;
            }
        }
        return new EngineException(Kind.OTHER, "Talking to the Docker engine at " + endpoint.host() + " failed: "
                + oneLine(String.valueOf(failure.getMessage())), failure);
    }

    static EngineException notRunning(EngineEndpoint endpoint, Throwable cause) {
        if ("ssh".equalsIgnoreCase(endpoint.host().getScheme())) {
            return new EngineException(Kind.NOT_RUNNING, "No Docker engine answers at " + endpoint.host()
                    + ": the ssh connection to that host ended, or Docker does not run there. Connector Console"
                    + " connects again when the host answers (the address comes from " + endpoint.source() + ").", cause);
        }
        return new EngineException(Kind.NOT_RUNNING, "No Docker engine answers at " + endpoint.host()
                + ". Start Docker and try again (the address comes from " + endpoint.source() + ").", cause);
    }

    static EngineException notDocker(EngineEndpoint endpoint, String detail, Throwable cause) {
        return new EngineException(Kind.WRONG_HOST, endpoint.host() + " answers, but not as a Docker engine (" + detail
                + "). Check " + settingName(endpoint) + ".", cause);
    }

    static EngineException apiTooOld(EngineEndpoint endpoint, String apiVersion, Throwable cause) {
        return new EngineException(Kind.API_TOO_OLD, "The Docker engine at " + endpoint.host() + " speaks API "
                + apiVersion + "; Connector Console needs API " + ApiVersions.MINIMUM + " (" + ApiVersions.MINIMUM_ENGINE
                + ") or newer. Update Docker.", cause);
    }

    /** The engine's own sentence from "Status 409: {"message":"…"}". */
    static String engineMessage(DockerException e) {
        String raw = String.valueOf(e.getMessage());
        int brace = raw.indexOf('{');
        if (brace >= 0) {
            try {
                JsonNode node = JSON.readTree(raw.substring(brace));
                if (node.hasNonNull("message")) {
                    return oneLine(node.get("message").asText());
                }
            } catch (Exception notJson) {
                // fall through to the raw text
            }
        }
        return oneLine(raw.replaceFirst("^Status \\d+:\\s*", ""));
    }

    private static EngineException fromEngineAnswer(DockerException e, EngineEndpoint endpoint) {
        String message = engineMessage(e);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("port is already allocated") || lower.contains("address already in use")) {
            Matcher port = BIND_PORT.matcher(message);
            String which = port.find() ? "Host port " + port.group(1) : "The host port";
            return new EngineException(Kind.PORT_IN_USE, which + " is already in use. Choose another port.", e);
        }
        Matcher tooNew = TOO_NEW.matcher(message);
        if (e instanceof BadRequestException && tooNew.find()) {
            return apiTooOld(endpoint, tooNew.group(1), e);
        }
        if (e instanceof ConflictException) {
            Matcher name = CONTAINER_NAME.matcher(message);
            if (name.find()) {
                return new EngineException(Kind.NAME_CONFLICT, "A container named '" + name.group(1)
                        + "' already exists. Remove it or choose another name.", e);
            }
            return new EngineException(Kind.OTHER, "The Docker engine refused: " + message, e);
        }
        if (e instanceof NotFoundException) {
            Matcher image = NO_SUCH_IMAGE.matcher(message);
            if (image.find() || lower.contains("no such image")) {
                String tag = image.find(0) ? image.group(1) : "the image";
                return new EngineException(Kind.IMAGE_MISSING, "The image " + quoted(tag)
                        + " is not in the Docker engine. Build it first.", e);
            }
            Matcher container = NO_SUCH_CONTAINER.matcher(message);
            if (container.find()) {
                return new EngineException(Kind.NOT_FOUND, "There is no container named '" + container.group(1) + "'.", e);
            }
            return new EngineException(Kind.NOT_FOUND, "Not found: " + message, e);
        }
        return new EngineException(Kind.OTHER, "The Docker engine reported: " + message, e);
    }

    private static EngineException fromTransport(Throwable t, EngineEndpoint endpoint) {
        if (t instanceof UnknownHostException) {
            return new EngineException(Kind.WRONG_HOST, "The Docker host in " + endpoint.host() + " is unknown ("
                    + t.getMessage() + "). Check " + settingName(endpoint) + ".", t);
        }
        if (t instanceof SSLException) {
            return new EngineException(Kind.WRONG_HOST, "The TLS handshake with the Docker engine at " + endpoint.host()
                    + " failed (" + oneLine(String.valueOf(t.getMessage())) + "). Check the certificates in "
                    + endpoint.certPath() + ".", t);
        }
        if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return notRunning(endpoint, t);
        }
        if (t instanceof InterruptedIOException) {
            return new EngineException(Kind.TIMEOUT, "The Docker engine at " + endpoint.host()
                    + " did not answer in time. It may be busy or stuck; try again or restart Docker.", t);
        }
        if (t instanceof AccessDeniedException) {
            return permissionDenied(endpoint, t);
        }
        if (t instanceof LastErrorException errno) {
            switch (errno.getErrorCode()) {
                case ENOENT, ECONNREFUSED:
                    return notRunning(endpoint, t);
                case EACCES:
                    return permissionDenied(endpoint, t);
                default:
                    return null;
            }
        }
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("permission denied")) {
            return permissionDenied(endpoint, t);
        }
        if (message.contains("no such file or directory") || message.contains("connection refused")) {
            return notRunning(endpoint, t);
        }
        return null;
    }

    private static EngineException permissionDenied(EngineEndpoint endpoint, Throwable cause) {
        return new EngineException(Kind.PERMISSION_DENIED, "Permission denied on " + endpoint.host()
                + ". Add your user to the 'docker' group (sudo usermod -aG docker $USER), then log out and in again.",
                cause);
    }

    private static String settingName(EngineEndpoint endpoint) {
        return endpoint.source().equals("DOCKER_HOST") ? "DOCKER_HOST" : "the Docker " + endpoint.source();
    }

    private static String quoted(String text) {
        return text.startsWith("the ") ? text : "'" + text + "'";
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
