package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.BinaryNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code POST /api/v1/configuration/backup} (scc-api.md §4.9): answers 200 {@code application/zip} with the sandbox's
 * state; 400 INVALID_REQUEST without a password; 403 on a shadow instance. The real connector encrypts the sensitive
 * parts with the password; the sandbox only requires it. Every sandbox user is an Administrator (no other roles exist).
 * The zip travels to {@link SandboxHttpHandler} as a {@link BinaryNode}, which it writes as raw bytes.
 */
final class BackupResource {
    static final String PATH = "api/v1/configuration/backup";
    static final String ZIP = "application/zip";

    private final StateStore store;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    BackupResource(StateStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.on("POST", PATH, (request, params) -> {
            JsonNode password = request.jsonObject().path("password");
            if (!password.isTextual() || password.asText().isEmpty()) {
                throw ApiException.invalidRequest("Password for the backup is missing");
            }
            byte[] stateJson = store.read(state -> {
                SubaccountResource.requireMaster(state);
                try {
                    return mapper.writeValueAsBytes(state);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return ApiResponse.ok(BinaryNode.valueOf(zip(stateJson)));
        });
    }

    private static byte[] zip(byte[] stateJson) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("backup.properties"));
            zip.write(("product=SAP Cloud Connector (sandbox)\nversion=" + ConnectorResource.VERSION + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("scc_config/" + StateStore.FILE_NAME));
            zip.write(stateJson);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
