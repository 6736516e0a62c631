package dev.connectorconsole.sandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code sandbox --port N --data DIR [--bind ADDR] [--log DIR] [--connect-delay-ms N] [--skip-ha-gate] [--seed-subaccounts N]
 * [--version V] [--never-ready]}: runs the sandbox connector until the process is stopped (SIGTERM/Ctrl+C close it
 * cleanly). {@code --version} sets the Cloud Connector version it claims (default {@link SandboxOptions#DEFAULT_VERSION});
 * {@code --never-ready} makes a connector that starts but never opens its admin port, for testing failed upgrades.
 * The environment variables {@value SandboxOptions#HA_REACHABLE_AT_ENV} and {@value SandboxOptions#HA_BIND_MILLIS_ENV}
 * set {@link SandboxOptions#haReachableAt} and {@link SandboxOptions#haBindTime}.
 */
public final class SandboxMain {
    static final String USAGE = "Usage: sandbox --port N --data DIR [--bind ADDR] [--log DIR] [--connect-delay-ms N] [--skip-ha-gate]"
            + " [--seed-subaccounts N] [--version V] [--never-ready]";

    private SandboxMain() {}

    public static void main(String[] args) {
        Arguments parsed;
        SandboxOptions options;
        try {
            parsed = Arguments.parse(args);
            options = parsed.options().withHaReachableAt(System.getenv(SandboxOptions.HA_REACHABLE_AT_ENV))
                    .withHaBindTime(bindTime(System.getenv(SandboxOptions.HA_BIND_MILLIS_ENV)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (parsed.neverReady()) {
            neverReady(parsed.options());
            return;
        }
        SandboxServer server = SandboxServer.start(options);
        if (parsed.seed() > 0) {
            server.seed(parsed.seed());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cc-sandbox-shutdown"));
        announce(server, System.out);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }

    /** Stays up without ever opening the admin port, like a connector that hangs while starting. */
    /** The bind time the image was told in milliseconds; null (the default) when not told. */
    static Duration bindTime(String millis) {
        if (millis == null || millis.isBlank()) {
            return null;
        }
        if (!millis.trim().matches("\\d{1,6}")) {
            throw new IllegalArgumentException(SandboxOptions.HA_BIND_MILLIS_ENV + " must be milliseconds: " + millis);
        }
        return Duration.ofMillis(Long.parseLong(millis.trim()));
    }

    private static void neverReady(SandboxOptions options) {
        System.out.println("SAP Cloud Connector " + options.version() + " (sandbox) starting; --never-ready: the admin"
                + " port stays closed");
        System.out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void announce(SandboxServer server, PrintStream out) {
        out.println("SAP Cloud Connector " + server.version() + " (sandbox: Connector Console emulator of the admin API)");
        out.println("Trace file: " + server.traceFile() + ", audit log: " + server.auditFile().getParent());
        out.println("Sandbox connector listening on " + server.baseUri());
        out.println("Certificate SHA-256: " + server.certificateSha256());
        out.flush();
    }

    /** The parsed command line. */
    record Arguments(SandboxOptions options, int seed, boolean neverReady) {
        static Arguments parse(String[] args) {
            Integer port = null;
            Path data = null;
            Path log = null;
            String bind = "127.0.0.1";
            Duration delay = SandboxOptions.DEFAULT_CONNECT_DELAY;
            boolean skipHaGate = false;
            int seed = 0;
            String version = null;
            boolean neverReady = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = number(args, ++i, "--port", 0, 65_535);
                    case "--data" -> data = Path.of(value(args, ++i, "--data"));
                    case "--log" -> log = Path.of(value(args, ++i, "--log"));
                    case "--bind" -> bind = value(args, ++i, "--bind");
                    case "--connect-delay-ms" -> delay = Duration.ofMillis(number(args, ++i, "--connect-delay-ms", 0, 600_000));
                    case "--skip-ha-gate" -> skipHaGate = true;
                    case "--seed-subaccounts" -> seed = number(args, ++i, "--seed-subaccounts", 0, 100_000);
                    case "--version" -> version = value(args, ++i, "--version");
                    case "--never-ready" -> neverReady = true;
                    default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
                }
            }
            if (port == null) {
                throw new IllegalArgumentException("--port is required");
            }
            if (data == null) {
                throw new IllegalArgumentException("--data is required");
            }
            return new Arguments(new SandboxOptions(port, data, bind, delay, skipHaGate, log, version), seed, neverReady);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int number(String[] args, int index, String option, int min, int max) {
            String text = value(args, index, option);
            try {
                int number = Integer.parseInt(text);
                if (number < min || number > max) {
                    throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ": " + text);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number: " + text);
            }
        }
    }
}
