package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Restores a configuration backup ({@code PUT /api/v1/configuration/backup}, scc-api.md §4.9): multipart {@code backup}
 * (the zip) and {@code password}. The connector answers 204 and restarts; a wrong password, a file that is not a backup
 * or a backup of a newer version is 400 and changes nothing. Blocking; the passwords appear in no log line or message.
 */
final class ConfigurationRestore {
    static final Duration READ_TIMEOUT = Duration.ofMinutes(2);
    private static final String PATH = "api/v1/configuration/backup";
    private static final MediaType ZIP = MediaType.get("application/zip");

    private ConfigurationRestore() {}

    static void upload(Transport transport, Credentials credentials, Secret password, Path backup) {
        if (password == null || password.value().isEmpty()) {
            throw new IllegalArgumentException("the backup password is required");
        }
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("There is no backup file at " + backup);
        }
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("backup", backup.getFileName().toString(), RequestBody.create(backup.toFile(), ZIP))
                .addFormDataPart("password", password.value())
                .build();
        transport.stream("PUT", transport.url(PATH).build(), body, credentials, "application/json", READ_TIMEOUT,
                response -> {
                    if (!response.isSuccessful()) {
                        throw ErrorMapper.fromResponse(response.code(), response.body().string(),
                                List.of(credentials.password().value(), password.value()));
                    }
                    if (response.header("Content-Type", "").toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
                        throw ErrorMapper.loginPage(response.code());
                    }
                    return null;
                });
    }
}
