package dev.connectorconsole.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads the docker CLI's configuration folder: {@code config.json} (currentContext) and the context store
 * ({@code contexts/meta/<sha256(name)>/meta.json}, TLS material in {@code contexts/tls/<sha256(name)>/docker/}).
 */
final class DockerContextStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path configDir;

    DockerContextStore(Path configDir) {
        this.configDir = configDir;
    }

    /** The {@code currentContext} of config.json, when set. */
    Optional<String> currentContext() {
        Path config = configDir.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        JsonNode node = readJson(config).path("currentContext");
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** The docker endpoint of a named context; throws WRONG_HOST when the context does not exist. */
    EngineEndpoint endpoint(String contextName) {
        String id = sha256Hex(contextName);
        Path meta = configDir.resolve("contexts").resolve("meta").resolve(id).resolve("meta.json");
        if (!Files.isRegularFile(meta)) {
            throw new EngineException(EngineException.Kind.WRONG_HOST, "The Docker context '" + contextName
                    + "' does not exist in " + configDir.resolve("contexts") + ". Pick another one with `docker context use`.");
        }
        JsonNode docker = readJson(meta).path("Endpoints").path("docker");
        String host = docker.path("Host").asText("");
        if (host.isBlank()) {
            throw new EngineException(EngineException.Kind.WRONG_HOST,
                    "The Docker context '" + contextName + "' names no engine host (" + meta + ").");
        }
        Path tls = configDir.resolve("contexts").resolve("tls").resolve(id).resolve("docker");
        boolean hasTls = Files.isRegularFile(tls.resolve("ca.pem"));
        return new EngineEndpoint(URI.create(host), "context '" + contextName + "'", hasTls, hasTls ? tls : null);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.WRONG_HOST,
                    "Cannot read the Docker configuration file " + file + ": " + e.getMessage(), e);
        }
    }
}
