package dev.connectorconsole.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorconsole.common.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Downloads the connector's configuration backup ({@code POST /api/v1/configuration/backup}, scc-api.md §4.9): the
 * connector answers a zip whose sensitive parts are encrypted with the backup password. The zip is streamed to a
 * temporary file next to the target and moved into place only when complete. Blocking: call it off the FX thread.
 * Same TLS rules and error mapping as {@link SccClient}; the passwords appear in no log line or message.
 * A signed-in {@link SccClient} makes the same download over its own pinned connection ({@link SccClient#backup}).
 */
public final class ConfigurationBackup {
    static final Duration READ_TIMEOUT = Duration.ofMinutes(2);
    private static final String PATH = "api/v1/configuration/backup";

    private final ConnectorEndpoint endpoint;
    private final Credentials credentials;
    private final TrustSettings trust;

    public ConfigurationBackup(ConnectorEndpoint endpoint, Credentials credentials, TrustSettings trust) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** Writes the backup to {@code target} and returns its size in bytes. */
    public long backup(Secret password, Path target) {
        try (Transport transport = new Transport(endpoint, trust, SccClient.CONNECT_TIMEOUT, READ_TIMEOUT)) {
            return download(transport, credentials, password, target);
        }
    }

    /** The download over an open transport (a standalone one, or a signed-in client's). */
    static long download(Transport transport, Credentials credentials, Secret password, Path target) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(target, "target");
        return transport.stream("POST", transport.url(PATH).build(), body(password), credentials, "application/zip",
                READ_TIMEOUT, response -> {
                    if (!response.isSuccessful()) {
                        throw ErrorMapper.fromResponse(response.code(), response.body().string(),
                                List.of(credentials.password().value(), password.value()));
                    }
                    String type = response.header("Content-Type", "");
                    if (!type.toLowerCase(Locale.ROOT).startsWith("application/zip")) {
                        if (type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                            throw ErrorMapper.loginPage(response.code());
                        }
                        throw ErrorMapper.unreadable(response.code(), "the backup",
                                new IOException("the connector answered " + type + " instead of application/zip"));
                    }
                    return write(response.body().byteStream(), target);
                });
    }

    private static byte[] body(Secret password) {
        ObjectNode body = new ObjectMapper().createObjectNode().put("password", password.value());
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long write(InputStream zip, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, target.getFileName().toString(), ".part");
            long size = Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + target + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the move succeeded or the folder is gone; nothing left to clean
                }
            }
        }
    }
}
