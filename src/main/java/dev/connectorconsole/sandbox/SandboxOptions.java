package dev.connectorconsole.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a {@link SandboxServer} runs.
 *
 * @param port           TCP port, 0 = any free port
 * @param dataDir        folder holding the state and the UI certificate; created when missing
 * @param bindAddress    address to listen on, e.g. "127.0.0.1" or "0.0.0.0"
 * @param connectDelay   how long opening a tunnel takes (a real connector needs about 5 s)
 * @param skipHaRoleGate answer as if the HA role were already chosen (the first-run password gate stays)
 * @param logDir         where the trace and audit files go (in the image {@code /opt/sap/scc/log}); default
 *                       {@code <dataDir>/log}
 * @param version        the connector version the sandbox claims (version endpoint, backups, restore checks); default
 *                       {@link #DEFAULT_VERSION}, the version the recordings were made against
 * @param haReachableAt  SANDBOX: how a master reaches this instance ({@code host:port}) when that is not its own host
 *                       and port, e.g. a container's published port; told to the master over the HA link, which dials
 *                       it after a role switch. Null: own host and port. In the image: {@value #HA_REACHABLE_AT_ENV}
 * @param haBindTime     SANDBOX: how long a shadow's binding to its master takes, from the handshake to the end of the
 *                       initial synchronisation (master BINDING, shadow HANDSHAKE then INITSYNC); default
 *                       {@link #DEFAULT_HA_BIND_TIME}. In the image: {@value #HA_BIND_MILLIS_ENV} (milliseconds)
 */
public record SandboxOptions(int port, Path dataDir, String bindAddress, Duration connectDelay, boolean skipHaRoleGate,
                             Path logDir, String version, String haReachableAt, Duration haBindTime) {
    /** The environment variable of the sandbox image that sets {@link #haReachableAt}; a real connector ignores it. */
    public static final String HA_REACHABLE_AT_ENV = "SCC_SANDBOX_HA_REACHABLE_AT";
    /** The environment variable of the sandbox image that sets {@link #haBindTime} in milliseconds. */
    public static final String HA_BIND_MILLIS_ENV = "SCC_SANDBOX_HA_BIND_MILLIS";
    public static final Duration DEFAULT_CONNECT_DELAY = Duration.ofSeconds(1);
    /** SANDBOX: a few seconds, like a real pair's handshake and initial synchronisation of a small configuration. */
    public static final Duration DEFAULT_HA_BIND_TIME = Duration.ofSeconds(2);
    public static final String DEFAULT_VERSION = "2.19.0.2";
    private static final Pattern VERSION = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){1,3}");

    public SandboxOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
        connectDelay = connectDelay == null ? DEFAULT_CONNECT_DELAY : connectDelay;
        if (connectDelay.isNegative()) {
            throw new IllegalArgumentException("connectDelay must not be negative");
        }
        logDir = logDir == null ? dataDir.resolve("log") : logDir;
        version = version == null ? DEFAULT_VERSION : version;
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("version must look like 2.19.1 or 2.19.0.2: " + version);
        }
        haReachableAt = haReachableAt == null || haReachableAt.isBlank() ? null : haReachableAt.trim();
        if (haReachableAt != null && HaLinkAddress.parse(haReachableAt) == null) {
            throw new IllegalArgumentException("the HA address must look like host:port: " + haReachableAt);
        }
        haBindTime = haBindTime == null ? DEFAULT_HA_BIND_TIME : haBindTime;
        if (haBindTime.isNegative()) {
            throw new IllegalArgumentException("haBindTime must not be negative");
        }
    }

    public SandboxOptions(int port, Path dataDir, String bindAddress, Duration connectDelay, boolean skipHaRoleGate,
                          Path logDir, String version, String haReachableAt) {
        this(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, logDir, version, haReachableAt, null);
    }

    public SandboxOptions(int port, Path dataDir, String bindAddress, Duration connectDelay, boolean skipHaRoleGate,
                          Path logDir, String version) {
        this(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, logDir, version, null);
    }

    public SandboxOptions(int port, Path dataDir, String bindAddress, Duration connectDelay, boolean skipHaRoleGate,
                          Path logDir) {
        this(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, logDir, null);
    }

    public SandboxOptions(int port, Path dataDir, String bindAddress, Duration connectDelay, boolean skipHaRoleGate) {
        this(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, null);
    }

    /** Loopback, any port, the default connect delay, both first-run gates active. */
    public static SandboxOptions defaults(Path dataDir) {
        return new SandboxOptions(0, dataDir, "127.0.0.1", DEFAULT_CONNECT_DELAY, false);
    }

    public SandboxOptions withConnectDelay(Duration delay) {
        return new SandboxOptions(port, dataDir, bindAddress, delay, skipHaRoleGate, logDir, version, haReachableAt,
                haBindTime);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, dataDir, bindAddress, connectDelay, skipHaRoleGate, logDir, version, haReachableAt,
                haBindTime);
    }

    public SandboxOptions withSkipHaRoleGate(boolean skip) {
        return new SandboxOptions(port, dataDir, bindAddress, connectDelay, skip, logDir, version, haReachableAt,
                haBindTime);
    }

    public SandboxOptions withLogDir(Path folder) {
        return new SandboxOptions(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, folder, version, haReachableAt,
                haBindTime);
    }

    public SandboxOptions withVersion(String claimed) {
        return new SandboxOptions(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, logDir, claimed, haReachableAt,
                haBindTime);
    }

    public SandboxOptions withHaReachableAt(String hostAndPort) {
        return new SandboxOptions(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, logDir, version, hostAndPort,
                haBindTime);
    }

    public SandboxOptions withHaBindTime(Duration bindTime) {
        return new SandboxOptions(port, dataDir, bindAddress, connectDelay, skipHaRoleGate, logDir, version, haReachableAt,
                bindTime);
    }
}
