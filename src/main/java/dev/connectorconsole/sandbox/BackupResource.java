package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /api/v1/configuration/backup} (scc-api.md §4.9). POST {@code {"password":…}} answers 200 {@code application/zip}
 * ({@link BackupArchive}): the configuration in plain JSON without password hashes, and the users with their hashes
 * plus the UI key store encrypted with the backup password ({@link BackupCrypto}); 400 without a password; 403 on a
 * shadow. PUT multipart {@code backup} + {@code password} checks everything first — a file that is no backup, a
 * backup of a newer version or a wrong password is 400 INVALID_REQUEST and changes nothing — then answers 204 and
 * "restarts": the state and UI certificate are replaced as a restart would load them, and tunnels that were connected
 * in the backup connect again. Every sandbox user is an Administrator (no other roles exist).
 */
final class BackupResource {
    static final String PATH = "api/v1/configuration/backup";
    static final String ZIP = "application/zip";
    private static final List<String> SECRET_USER_FIELDS = List.of("algorithm", "iterations", "salt", "hash");

    /** What the backup reads beyond the state, and the restart a restore ends with. */
    interface Connector {
        String version();

        byte[] uiKeyStore();

        /** Replaces the state and UI key store, as a restart onto restored files would. */
        void restartWith(StateData restored, byte[] uiKeyStore);
    }

    private final StateStore store;
    private final Connector connector;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    BackupResource(StateStore store, Connector connector) {
        this.store = store;
        this.connector = connector;
    }

    void register(Router router) {
        router.on("POST", PATH, (request, params) -> backup(request))
                .on("PUT", PATH, (request, params) -> restore(request));
    }

    private ApiResponse backup(ApiRequest request) {
        JsonNode password = request.jsonObject().path("password");
        if (!password.isTextual() || password.asText().isEmpty()) {
            throw ApiException.invalidRequest("Password for the backup is missing");
        }
        char[] secret = password.asText().toCharArray();
        try {
            store.flush();
            byte[][] parts = store.read(state -> {
                SubaccountResource.requireMaster(state);
                return new byte[][] {plainState(state), securePart(state)};
            });
            String version = connector.version();
            BackupCrypto.Sealed sealed = BackupCrypto.seal(secret, parts[1],
                    BackupArchive.Contents.boundData(version, parts[0]));
            return ApiResponse.ok(BinaryNode.valueOf(BackupArchive.write(new BackupArchive.Contents(version, parts[0], sealed))));
        } finally {
            PasswordHash.wipe(secret);
        }
    }

    private ApiResponse restore(ApiRequest request) {
        store.read(state -> {
            SubaccountResource.requireMaster(state);
            return null;
        });
        MultipartForm form = MultipartForm.parse(request.contentType(), request.body());
        byte[] zip = form.field("backup");
        byte[] passwordBytes = form.field("password");
        if (zip == null || zip.length == 0) {
            throw ApiException.invalidRequest("The backup file is missing");
        }
        if (passwordBytes == null || passwordBytes.length == 0) {
            throw ApiException.invalidRequest("Password for the backup is missing");
        }
        char[] password = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(passwordBytes)).array();
        java.util.Arrays.fill(passwordBytes, (byte) 0);
        try {
            BackupArchive.Contents contents = BackupArchive.read(zip);
            if (BackupArchive.compareVersions(contents.version(), connector.version()) > 0) {
                throw ApiException.invalidRequest("The backup was made by version " + contents.version()
                        + "; it can only be restored onto the same or a newer version, not onto " + connector.version());
            }
            JsonNode secure = mapper.readTree(BackupCrypto.open(password, contents.sealed(), contents.boundData()));
            StateData restored = mapper.readValue(contents.state(), StateData.class);
            restored.users = mapper.convertValue(secure.get("users"), mapper.getTypeFactory()
                    .constructCollectionType(List.class, UserData.class));
            byte[] uiKeyStore = secure.path("uiKeyStore").binaryValue();
            if (restored.users == null || restored.users.isEmpty() || uiKeyStore == null) {
                throw new BackupArchive.NotABackupException("The backup holds no users or no UI certificate");
            }
            connector.restartWith(restored, uiKeyStore);
            return ApiResponse.noContent();
        } catch (BackupArchive.NotABackupException | BackupCrypto.WrongPasswordException e) {
            throw ApiException.invalidRequest(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw ApiException.invalidRequest("The backup's configuration cannot be read");
        } finally {
            PasswordHash.wipe(password);
        }
    }

    /** The configuration as JSON without the users' password hashes. */
    private byte[] plainState(StateData state) {
        ObjectNode json = mapper.valueToTree(state);
        json.withArray("users").forEach(user -> ((ObjectNode) user).remove(SECRET_USER_FIELDS));
        try {
            return mapper.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the backup password encrypts: the users with their hashes and the UI key store (its private key). */
    private byte[] securePart(StateData state) {
        ObjectNode secure = mapper.createObjectNode();
        secure.set("users", mapper.valueToTree(state.users));
        secure.put("uiKeyStore", connector.uiKeyStore());
        try {
            return mapper.writeValueAsBytes(secure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
