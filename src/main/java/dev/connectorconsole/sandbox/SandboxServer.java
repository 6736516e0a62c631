package dev.connectorconsole.sandbox;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.connectorconsole.common.NamedThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The sandbox connector: an HTTPS emulator of the SAP Cloud Connector's admin REST API (SCC 2.19 shapes, see
 * scc-api.md), with its state and certificate in a data folder so that a restart keeps everything.
 *
 * <h2>SANDBOX rules (where the emulator has to decide what the cloud would do)</h2>
 * <ul>
 * <li><b>Version:</b> {@code GET /api/v1/connector/version} answers {@code 2.19.0.2}, the API level reproduced (the
 *     recordings were made against 2.19.0.2), or the version given with {@link SandboxOptions#version()}
 *     ({@code --version}, to try upgrades); clients compare it like a real version. That it is a sandbox is said in
 *     the connector description of a fresh sandbox (GET /api/v1/configuration/connector): "Sandbox connector
 *     (Connector Console emulator of the SCC 2.19 admin API)", which the user may change like on a real connector.</li>
 * <li><b>First run:</b> user {@code Administrator}, password {@code manage}. Until it is changed every {@code /api/...}
 *     call but {@code PUT .../authentication/basic} gets 403 "operation unavailable unless initial password is changed".
 *     Then, until {@code POST .../haRole} sets master or shadow, everything except the haRole endpoints, the version and
 *     {@code GET /api/v1/configuration/connector} gets 403 "method is not allowed for connector running with HA role
 *     undefined" (skipped with {@link SandboxOptions#skipHaRoleGate()}). {@code GET .../haRole} answers
 *     {@code "undefined"} before a role is chosen; POST answers 204. On a shadow instance subaccount writes and
 *     monitoring answer 403.</li>
 * <li><b>Tunnels:</b> creating a subaccount or {@code PUT .../state {"connected":true}} blocks for the connect delay
 *     (a real connector needs about 5 s) and then answers with the tunnel {@code Connected}. A {@code cloudPassword}
 *     (or renewal {@code password}) containing "wrong" (any case) is rejected as the cloud would reject it: 400
 *     INVALID_REQUEST "Authentication of user '…' at region host '…' failed: …", nothing stored. A region host ending in
 *     {@code .invalid} cannot be reached: the subaccount is stored with tunnel {@code ConnectFailure}, no certificate,
 *     and certificate renewal answers 500 RUNTIME_FAILURE.</li>
 * <li><b>Certificates:</b> valid from one hour before the connect for 365 days (as recorded); renewal issues new dates.</li>
 * <li><b>Monitoring and alerts:</b> memory, CPU and disk are the sandbox process's own ({@link ProcessFigures});
 *     certificates and alerts follow what happens and the alerting thresholds ({@link HealthChecks},
 *     {@link SandboxAlerts}); traffic figures are zero (no backend traffic, {@link TrafficMonitoring}).</li>
 * <li><b>Application connections:</b> while connected, two JAVA applications derived from the subaccount id
 *     (same id, same entries); {@code connections} is their sum. None while not connected.</li>
 * <li><b>authenticationData:</b> the format of {@link SandboxAuthenticationData}; anything else is 400.</li>
 * <li><b>Missing mandatory fields</b> of a create: 400 INVALID_REQUEST "Mandatory property '&lt;name&gt;' is missing".
 *     The recordings hold no server answer for these (Terraform validates them before sending).</li>
 * <li><b>Backup and restore:</b> see {@link BackupResource}; the sensitive parts (password hashes, the UI key store)
 *     are encrypted with the backup password; a restore replaces the state as a restart would, without the pause.</li>
 * <li><b>UI lock:</b> {@link #lock(String, String)} makes changes to a subaccount answer 409 ILLEGAL_STATE, like a
 *     subaccount open in someone's UI session.</li>
 * <li><b>Service channels</b> (K8S, ABAPCloud, ABAPCloudSNC, HANA, VirtualMachine) can be created, read, replaced and
 *     deleted; enabling one fails with the recorded 500 RUNTIME_FAILURE when the tunnel is not connected or its host
 *     is not a DNS name (e.g. the recordings' REDACTED_... placeholders) or ends in {@code .invalid}.
 *     {@code availableChannels/HANA|VirtualMachine} is an empty list. The trust lists are read-only empty lists.</li>
 * <li><b>Access control</b> (system mappings, their resources, RFC allowed clients and blocked users, domain
 *     mappings): the rules of scc-api.md §4.3–4.5 as SAP's Terraform provider checks them (protocol ↔ authentication
 *     mode, RFC only to abapSys/netweaverGW), 400 INVALID_REQUEST naming the property; duplicates 409
 *     INVALID_CONFIGURATION; unknown mapping/resource/domain 404 NOT_FOUND "... with value '…' does not exist". A PUT
 *     keeps optional fields it does not name. Messages are the sandbox's own (the recordings hold none).</li>
 * <li><b>High availability</b> ({@link HaResource}, scc-api.md §4.8): a shadow that CONNECTs checks the credentials
 *     against its master over HTTPS, pins the master's certificate on first use, and then synchronises every check
 *     interval on its own thread ({@link ShadowLink}) through one call outside {@code /api} ({@link MasterSyncResource};
 *     a real connector uses its HA port), taking a replica of the subaccounts with their mappings, resources, domain
 *     mappings and channels. The master counts the shadow CONNECTED while it synchronised within 3 check intervals.
 *     When the master has not answered for the takeover delay, the shadow becomes master (ALONE). SWITCH (or haRole
 *     "shadow" on a master with a connected shadow) hands over at the next synchronisation, and the old master joins
 *     the new one without a password (the pair's key, {@link HaPairKey}, standing in for the certificates real
 *     instances exchange) where the shadow said it is reached ({@link SandboxOptions#haReachableAt}, else its own host
 *     and port); FORCE_SWITCH makes the master a shadow at once. A CONNECT takes the bind time
 *     ({@link SandboxOptions#haBindTime}): the master shows BINDING, the shadow HANDSHAKE then INITSYNC, then
 *     CONNECTED and READY. A restarted shadow that was paired rejoins its master on its own (LOST until the master
 *     answers, never taking over meanwhile), and a restarted master shows BROKEN until then. A master that comes back
 *     (restarted, or behind a network split once its shadow was silent for the takeover delay) asks its former shadow
 *     {@code /exposed?action=hasMasterRole} and, when that one took over, becomes its shadow on its own with the pair's
 *     key ({@link FormerShadowCheck}); unanswered, it stays master. The CONNECT password is
 *     kept in memory only; the pair's key, with which the pair rejoins, in a key store file ({@link HaPairKeyFile}).</li>
 * <li><b>Not emulated:</b> sessions and CSRF enforcement (Basic on each call is what clients use; cookies and tokens are
 *     issued but not required), account lock-out after failed logins, LDAP, certificates other than the
 *     subaccount's and the UI's, the CPU alert.</li>
 * </ul>
 */
public final class SandboxServer implements AutoCloseable {
    /** The SCC version the sandbox answers with unless {@link SandboxOptions#version()} says another. */
    public static final String VERSION = ConnectorResource.VERSION;

    static {
        // The JDK server writes headers and body apart; with Nagle on, each answer waits ~40 ms for the client's
        // delayed ACK (the Health refresh's five calls took 231 ms instead of 17). Read once, when the server loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final SandboxRestart restart;
    private final SandboxOptions options;
    private final StateStore store;
    private final SubaccountResource subaccounts;
    private final LongSupplier clock;
    private final String host;
    private final SandboxLogs logs;
    private final ShadowLink shadowLink;
    private final FormerShadowCheck formerShadowCheck;

    private SandboxServer(HttpsServer server, ExecutorService executor, SandboxRestart restart, StateStore store,
                          SubaccountResource subaccounts, LongSupplier clock, String host, SandboxLogs logs,
                          SandboxOptions options, ShadowLink shadowLink, FormerShadowCheck formerShadowCheck) {
        this.options = options;
        this.shadowLink = shadowLink;
        this.formerShadowCheck = formerShadowCheck;
        this.restart = restart;
        this.logs = logs;
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.subaccounts = subaccounts;
        this.clock = clock;
        this.host = host;
    }

    public static SandboxServer start(SandboxOptions options) {
        try {
            Files.createDirectories(options.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the sandbox data folder " + options.dataDir(), e);
        }
        UiCertificate certificate = UiCertificate.loadOrCreate(options.dataDir(), options.bindAddress());
        StateStore store = StateStore.open(options.dataDir());
        LongSupplier clock = System::currentTimeMillis;
        SandboxLogs logs = new SandboxLogs(options.logDir(), TraceFile.systemClock());
        UserAccounts users = new UserAccounts(store);
        SandboxAlerts alerts = new SandboxAlerts(clock);
        SubaccountResource subaccounts = new SubaccountResource(store,
                new TunnelSimulator(options.connectDelay(), logs, alerts), clock);
        Router router = new Router();
        new ConnectorResource(store, users, options.version()).register(router);
        subaccounts.register(router);
        new ChannelResource(store, subaccounts, clock).register(router);
        new SystemMappingResource(store, subaccounts, clock).register(router);
        new MappingResourcesResource(store, subaccounts, clock).register(router);
        new RfcAccessResource(store, subaccounts).register(router);
        new DomainMappingResource(store, subaccounts).register(router);
        SandboxRestart restart = new SandboxRestart(options, store, logs, clock, certificate);
        new AlertingResource(store).register(router);
        new ProxyResource(store).register(router);
        new SubjectPatternRulesResource(store).register(router);
        new LogAndAuditResource(store).register(router);
        CertificateMonitor certificates = new CertificateMonitor(() -> restart.certificate().certificate());
        ProcessFigures figures = new ProcessFigures(options.dataDir());
        BackendTraffic traffic = new BackendTraffic();
        new MonitoringResource(store, new HealthChecks(alerts, certificates, figures), certificates, figures,
                new TrafficMonitoring(clock.getAsLong(), traffic), clock).register(router);
        new TrafficResource(store, traffic, logs, clock).register(router);
        new BackupResource(store, restart).register(router);
        int[] boundPort = new int[1];
        ShadowLink shadowLink = new ShadowLink(store, clock, () -> boundPort[0], () -> restart.certificate().sha256(),
                options.haReachableAt(), options.haBindTime());
        new HaResource(store, shadowLink, clock).register(router);
        new MasterSyncResource(store, clock, options.version(), shadowLink).register(router);
        FormerShadowCheck formerShadowCheck = new FormerShadowCheck(store, clock, shadowLink);

        ExecutorService executor = Executors.newFixedThreadPool(16, NamedThreads.factory("cc-sandbox-http"));
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 64);
            server.setHttpsConfigurator(new HttpsConfigurator(restart.sslContext()));
            server.setExecutor(executor);
            String host = urlHost(options.bindAddress());
            String fallbackBase = "https://" + host + ":" + server.getAddress().getPort();
            server.createContext("/", new SandboxHttpHandler(router, users, new FirstRunGates(store, users, options.skipHaRoleGate()),
                    subaccounts, new ExposedProbe(store), fallbackBase, logs, new HaPairKey(store)));
            server.start();
            boundPort[0] = server.getAddress().getPort();
            shadowLink.resumeAfterStart();
            formerShadowCheck.start();
            restart.serving("https://" + host + ":" + server.getAddress().getPort());
            logs.started(options.version(), "https://" + host + ":" + server.getAddress().getPort());
            return new SandboxServer(server, executor, restart, store, subaccounts, clock, host, logs, options, shadowLink,
                    formerShadowCheck);
        } catch (IOException e) {
            executor.shutdownNow();
            formerShadowCheck.close();
            shadowLink.close();
            store.close();
            throw new UncheckedIOException("Cannot listen on " + options.bindAddress() + ":" + options.port() + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            executor.shutdownNow();
            formerShadowCheck.close();
            shadowLink.close();
            store.close();
            throw new IllegalStateException("Cannot set up TLS for the sandbox: " + e.getMessage(), e);
        }
    }

    /** The version this sandbox claims ({@link SandboxOptions#version()}). */
    public String version() {
        return options.version();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** SHA-256 fingerprint of the presented certificate, upper-case hex pairs joined by ':'. */
    public String certificateSha256() {
        return restart.certificate().sha256();
    }

    /** The certificate the sandbox presents, for clients that pin it. */
    public X509Certificate certificate() {
        return restart.certificate().certificate();
    }

    public URI baseUri() {
        return URI.create("https://" + host + ":" + port());
    }

    /** Adds {@code count} connected demo subaccounts (for demos and benchmarks); returns how many exist now. */
    public int seed(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return store.write(state -> {
            DemoSeeder.seed(state, count, clock.getAsLong());
            return state.subaccounts.size();
        });
    }

    /** Simulates a UI session holding the subaccount: changes to it answer 409 ILLEGAL_STATE until {@link #unlock}. */
    public void lock(String regionHost, String subaccount) {
        subaccounts.lock(regionHost, subaccount);
    }

    public void unlock(String regionHost, String subaccount) {
        subaccounts.unlock(regionHost, subaccount);
    }

    /**
     * Simulates the cloud side losing a connected tunnel (network loss): its state becomes ConnectFailure and
     * {@code /api/monitoring/alerts} gets an alert naming {@code <subaccount>@<regionHost>}. No-op when not connected.
     */
    public void dropTunnel(String regionHost, String subaccount) {
        subaccounts.drop(regionHost, subaccount);
    }

    /** The certificate kept in a sandbox data folder (present after the first start), e.g. for a test's trust store. */
    public static X509Certificate certificateIn(Path dataDir) throws IOException, GeneralSecurityException {
        return UiCertificate.readCertificate(dataDir);
    }

    /** The trace file the sandbox writes, {@code scc_core.trc} in its log folder. */
    public Path traceFile() {
        return logs.traceFile();
    }

    /** Today's audit log file. */
    public Path auditFile() {
        return logs.auditFile();
    }

    @Override
    public void close() {
        logs.stopped();
        formerShadowCheck.close();
        shadowLink.close();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    private static String urlHost(String bindAddress) {
        if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::")) {
            return "localhost";
        }
        if (bindAddress.equals("127.0.0.1")) {
            return "localhost";
        }
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }
}
