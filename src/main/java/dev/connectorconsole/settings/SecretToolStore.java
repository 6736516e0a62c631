package dev.connectorconsole.settings;

import dev.connectorconsole.common.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The freedesktop Secret Service (GNOME Keyring, KWallet) through the {@code secret-tool} command. Secrets travel on
 * the process's standard input and output only, never on its command line.
 */
final class SecretToolStore implements SecretStore {
    static final String APPLICATION = "connector-console";
    private static final long TIMEOUT_SECONDS = 15;

    private final Path secretTool;

    SecretToolStore(Path secretTool) {
        this.secretTool = secretTool;
    }

    @Override
    public void put(String key, Secret secret) {
        Result result = run(List.of("store", "--label=Connector Console: " + key, "application", APPLICATION, "key", key),
                secret.value());
        if (result.exitCode() != 0) {
            throw new SecretStoreException("The desktop keyring did not store the password for " + key + ": "
                    + result.error());
        }
    }

    @Override
    public Optional<Secret> get(String key) {
        Result result = run(List.of("lookup", "application", APPLICATION, "key", key), null);
        if (result.exitCode() == 0) {
            return Optional.of(new Secret(result.output()));
        }
        if (result.error().isEmpty()) {
            return Optional.empty();
        }
        throw new SecretStoreException("The desktop keyring could not be read: " + result.error());
    }

    @Override
    public void remove(String key) {
        Result result = run(List.of("clear", "application", APPLICATION, "key", key), null);
        if (result.exitCode() != 0 && !result.error().isEmpty()) {
            throw new SecretStoreException("The desktop keyring did not remove the password for " + key + ": "
                    + result.error());
        }
    }

    /** True when the keyring answers a lookup (found or not) without an error. */
    boolean answers() {
        try {
            Result result = run(List.of("lookup", "application", APPLICATION, "key", "availability-probe"), null);
            return result.error().isEmpty();
        } catch (SecretStoreException e) {
            return false;
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "Passwords are kept in the desktop keyring (Secret Service)";
    }

    private record Result(int exitCode, String output, String error) {}

    private Result run(List<String> arguments, String input) {
        List<String> command = new ArrayList<>();
        command.add(secretTool.toString());
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new SecretStoreException("secret-tool could not be started: " + e.getMessage());
        }
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new SecretStoreException("secret-tool did not accept input: " + e.getMessage());
        }
        try {
            // Outputs are tiny (a password or an error line), so reading after exit cannot fill a pipe.
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SecretStoreException("The desktop keyring did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), read(process.getInputStream()), read(process.getErrorStream()).strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SecretStoreException("Interrupted while waiting for the desktop keyring");
        } catch (IOException e) {
            throw new SecretStoreException("secret-tool output could not be read: " + e.getMessage());
        }
    }

    private static String read(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SecretToolStore[" + secretTool + "]";
    }
}
