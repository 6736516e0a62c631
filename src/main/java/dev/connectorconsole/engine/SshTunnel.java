package dev.connectorconsole.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An engine at {@code ssh://user@host[:port]} reached the way the docker CLI reaches it: through the system's OpenSSH
 * client, which forwards the remote engine's socket to a socket in a private folder of this computer. Keys, agents,
 * ~/.ssh/config and host-key checking are left to ssh; it runs in batch mode, so it never waits for a password.
 * A path in the address names the remote socket (default {@value #REMOTE_SOCKET}).
 */
final class SshTunnel implements AutoCloseable {
    static final String REMOTE_SOCKET = "/var/run/docker.sock";
    private static final Duration POLL = Duration.ofMillis(25);

    private final EngineEndpoint endpoint;
    private final List<String> sshCommand;
    private final Duration startTimeout;
    private final Path folder;
    private final Path localSocket;
    private final Path sshErrors;
    private Process process;

    private SshTunnel(EngineEndpoint endpoint, List<String> sshCommand, Duration startTimeout, Path folder) {
        this.endpoint = endpoint;
        this.sshCommand = List.copyOf(sshCommand);
        this.startTimeout = startTimeout;
        this.folder = folder;
        this.localSocket = folder.resolve("docker.sock");
        this.sshErrors = folder.resolve("ssh-errors.txt");
    }

    /** Starts ssh and waits until it forwards, or fails saying why (ssh's own words). */
    static SshTunnel open(EngineEndpoint endpoint, List<String> sshCommand, Duration startTimeout) {
        Path folder;
        try {
            folder = Files.createTempDirectory("cc-ssh-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } catch (IOException | UnsupportedOperationException e) {
            throw new EngineException(EngineException.Kind.OTHER, "No private folder for the ssh tunnel to "
                    + endpoint.host() + ": " + e.getMessage(), e);
        }
        SshTunnel tunnel = new SshTunnel(endpoint, sshCommand, startTimeout, folder);
        try {
            tunnel.ensureRunning();
            return tunnel;
        } catch (RuntimeException e) {
            tunnel.close();
            throw e;
        }
    }

    /** The forwarded socket, for docker-java. */
    URI localHost() {
        return URI.create("unix://" + localSocket);
    }

    /**
     * Restarts ssh when it has ended (the network dropped, the host rebooted); blocks until it forwards again.
     *
     * @return true when ssh was (re)started by this call
     */
    synchronized boolean ensureRunning() {
        if (process != null && process.isAlive()) {
            return false;
        }
        try {
            Files.deleteIfExists(localSocket);
            process = new ProcessBuilder(command()).redirectErrorStream(false)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(sshErrors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.WRONG_HOST, "The ssh client could not be started for "
                    + endpoint.host() + " (" + e.getMessage() + "). Install OpenSSH's client (ssh).", e);
        }
        awaitForwarding();
        return true;
    }

    /** ssh's latest complaint, e.g. "open failed: connect failed: Permission denied", or empty. */
    String lastComplaint() {
        try {
            List<String> lines = Files.readAllLines(sshErrors, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("Warning: Permanently added"))
                    .toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitForwarding() {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        try {
            while (!Files.exists(localSocket)) {
                if (process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw SshFailures.ended(endpoint, process.exitValue(), lastComplaint());
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new EngineException(EngineException.Kind.TIMEOUT, "ssh to " + endpoint.host()
                            + " did not connect within " + startTimeout.toSeconds() + " s. Check that `ssh "
                            + SshAddress.of(endpoint.host()).destination() + "` works from a terminal.");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new EngineException(EngineException.Kind.CANCELLED, "Connecting to " + endpoint.host()
                    + " was interrupted.", e);
        }
    }

    private List<String> command() {
        SshAddress address = SshAddress.of(endpoint.host());
        List<String> command = new ArrayList<>(sshCommand);
        command.addAll(List.of("-N", "-T",
                "-o", "BatchMode=yes",
                "-o", "ExitOnForwardFailure=yes",
                "-o", "StreamLocalBindUnlink=yes",
                "-o", "ServerAliveInterval=15",
                "-o", "ServerAliveCountMax=3",
                "-o", "ConnectTimeout=" + Math.max(1, startTimeout.toSeconds()),
                "-L", localSocket + ":" + address.remoteSocket()));
        if (address.port() > 0) {
            command.addAll(List.of("-p", Integer.toString(address.port())));
        }
        if (address.user() != null) {
            command.addAll(List.of("-l", address.user()));
        }
        command.add("--");
        command.add(address.host());
        return command;
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it up in time
        }
    }
}
