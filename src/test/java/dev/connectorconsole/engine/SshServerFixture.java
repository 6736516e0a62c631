package dev.connectorconsole.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real OpenSSH server on 127.0.0.1 in front of this machine's engine, with a host key and a client key generated for
 * the test, and an ssh client configuration that knows (and checks) that host key: the way an administrator reaches
 * the engine of another host. The test fails (never skips) when sshd or ssh-keygen are missing.
 */
public final class SshServerFixture implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Process sshd;

    private SshServerFixture(Path dir, int port, Process sshd) {
        this.dir = dir;
        this.port = port;
        this.sshd = sshd;
    }

    public static SshServerFixture start(Path dir) throws Exception {
        Files.createDirectories(dir);
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cc-test-host", "-f", dir.resolve("host_key").toString());
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cc-test-client", "-f", dir.resolve("client_key").toString());
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        int port = freePort();
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + dir.resolve("host_key"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"), "PidFile " + dir.resolve("sshd.pid"),
                "StrictModes no", "UsePAM no", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes", "PermitRootLogin prohibit-password", "AllowStreamLocalForwarding yes",
                "LogLevel ERROR", ""));
        writeClientConfig(dir, dir.resolve("client_key"), hostKeyLine(dir, port));
        Process sshd = new ProcessBuilder(sshdProgram().toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        SshServerFixture fixture = new SshServerFixture(dir, port, sshd);
        fixture.awaitListening();
        return fixture;
    }

    /** {@code ssh://<this user>@127.0.0.1:<port><engine socket>}, as a user would write it in Settings. */
    public URI engineAddress() {
        String socket = EngineLocator.locate().host().getPath();
        return URI.create("ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + socket);
    }

    public EngineEndpoint endpoint() {
        return new EngineEndpoint(engineAddress(), "Settings", false, null);
    }

    /** The system's ssh client with this server's key and known host: nothing of the user's ~/.ssh is used. */
    public List<String> sshCommand() {
        return List.of("ssh", "-F", dir.resolve("ssh_config").toString());
    }

    /** Makes the client expect a different host key, as after a reinstalled host or a man in the middle. */
    public void forgetTheRealHostKey() throws Exception {
        Path other = dir.resolve("other_host_key");
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", other.toString());
        writeClientConfig(dir, dir.resolve("client_key"), "[127.0.0.1]:" + port + " "
                + Files.readString(other.resolveSibling("other_host_key.pub")).strip());
    }

    /** Makes the client present a key the server does not accept. */
    public void useAnUnknownClientKey() throws Exception {
        Path stranger = dir.resolve("stranger_key");
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString());
        writeClientConfig(dir, stranger, hostKeyLine(dir, port));
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        sshd.destroy();
        if (!sshd.waitFor(5, TimeUnit.SECONDS)) {
            sshd.destroyForcibly();
        }
    }

    private static String hostKeyLine(Path dir, int port) throws IOException {
        return "[127.0.0.1]:" + port + " " + Files.readString(dir.resolve("host_key.pub")).strip();
    }

    private static void writeClientConfig(Path dir, Path clientKey, String knownHost) throws IOException {
        Files.writeString(dir.resolve("known_hosts"), knownHost + "\n");
        Files.writeString(dir.resolve("ssh_config"), String.join("\n", "Host *",
                "  IdentityFile " + clientKey, "  IdentitiesOnly yes", "  IdentityAgent none",
                "  UserKnownHostsFile " + dir.resolve("known_hosts"), "  StrictHostKeyChecking yes",
                "  LogLevel ERROR", ""));
    }

    private void awaitListening() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!sshd.isAlive()) {
                fail("sshd ended at once: " + Files.readString(dir.resolve("sshd.log"), StandardCharsets.UTF_8)
                        + " (as root it needs its privilege separation folder /run/sshd; .ci/run creates it)");
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        fail("sshd did not listen on 127.0.0.1:" + port + " within 10 s: " + Files.readString(dir.resolve("sshd.log")));
    }

    /** sshd must be started by its absolute path; it usually lives in the sbin beside a bin on the PATH. */
    private static Path sshdProgram() {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path bin = Path.of(entry);
            Optional<Path> found = Stream.of(bin.resolve("sshd"), bin.resolveSibling("sbin").resolve("sshd"))
                    .filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found.get().toAbsolutePath().normalize();
            }
        }
        return fail("sshd (OpenSSH server) is not installed: remote-engine tests need it (.ci/run installs openssh-server)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + output);
        }
    }
}
