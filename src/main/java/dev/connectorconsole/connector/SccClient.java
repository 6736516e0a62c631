package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Client of the Cloud Connector's admin REST API over HTTPS. Stateless (Basic credentials on every call), thread-safe,
 * blocking: call it from a background thread. Every failure is an {@link SccException} with a human message.
 */
public final class SccClient implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Creating a subaccount takes about 5 s on a real connector (tunnel handshake); 30 s leaves room. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Transport transport;
    private final AdminCalls calls;
    private final TrustSettings trust;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private volatile boolean closed;

    public SccClient(ConnectorEndpoint endpoint, Credentials credentials, TrustSettings trust) {
        this(endpoint, credentials, trust, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    SccClient(ConnectorEndpoint endpoint, Credentials credentials, TrustSettings trust, Duration connectTimeout,
              Duration readTimeout) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.transport = new Transport(endpoint, trust, connectTimeout, readTimeout);
        this.calls = new AdminCalls(transport, credentials);
    }

    /**
     * Another client to the same connector with the same credentials and trust, for a job that closes its clients
     * when done (an upgrade opens one per step); closing it leaves this one open.
     */
    public SccClient copy() {
        return new SccClient(endpoint(), calls.credentials(), trust, connectTimeout, readTimeout);
    }

    public ConnectorEndpoint endpoint() {
        return transport.endpoint();
    }

    /** The connector's version, e.g. "2.19.0.2" (connector 2.14+). */
    public String version() {
        return calls.json("GET", calls.url("api/v1/connector/version").build(), null, "the version",
                ResponseParser::version);
    }

    public ConnectorInfo connectorInfo() {
        return calls.json("GET", calls.url("api/v1/configuration/connector").build(), null, "connector settings",
                ResponseParser::connectorInfo);
    }

    /**
     * Replaces the initial password (first run: Administrator / manage). On success this client uses the new password
     * for its later calls.
     */
    public void changeInitialPassword(Secret oldPassword, Secret newPassword) {
        Credentials current = calls.credentials();
        calls.noContent("PUT", calls.url("api/v1/configuration/connector/authentication/basic").build(),
                RequestBodies.passwordChange(oldPassword, newPassword), oldPassword, newPassword);
        calls.useCredentials(new Credentials(current.user(), newPassword));
    }

    /** "master", "shadow", or null while the role is undefined (the connector answers "undefined"). */
    public String haRole() {
        return highAvailability().roleName();
    }

    /** Sets the high-availability role; a fresh connector needs "master" before it accepts configuration. */
    public void setHaRole(String role) {
        highAvailability().setRoleName(role);
    }

    /** Master and shadow settings and state, connect, switch and reset (scc-api.md §4.8). */
    public HighAvailability highAvailability() {
        return new HighAvailability(calls);
    }

    public List<SubaccountSummary> subaccounts() {
        return calls.json("GET", calls.subaccounts(), null, "the subaccount list",
                ResponseParser::subaccounts);
    }

    public Subaccount subaccount(String regionHost, String subaccountId) {
        return calls.json("GET", subaccountUrl(regionHost, subaccountId, null), null, "a subaccount",
                body -> ResponseParser.subaccount(body, regionHost, subaccountId));
    }

    /** Adds the subaccount and connects its tunnel; the connector answers once the tunnel is up (about 5 s). */
    public Subaccount create(SubaccountCreate create) {
        Secret[] secrets = {create.cloudPassword(), create.authenticationData()};
        Answer answer = calls.send("POST", calls.subaccounts(), RequestBodies.create(create), secrets);
        if (answer.body().isBlank() && !create.usesAuthenticationData()) {
            return subaccount(create.regionHost(), create.subaccount());
        }
        return AdminCalls.parse(answer, "the new subaccount",
                body -> ResponseParser.subaccount(body, create.regionHost(), create.subaccount()));
    }

    public Subaccount update(String regionHost, String subaccountId, SubaccountUpdate update) {
        return calls.json("PUT", subaccountUrl(regionHost, subaccountId, null), RequestBodies.update(update),
                "the updated subaccount", body -> ResponseParser.subaccount(body, regionHost, subaccountId));
    }

    public void delete(String regionHost, String subaccountId) {
        calls.noContent("DELETE", subaccountUrl(regionHost, subaccountId, null), null);
    }

    public void connect(String regionHost, String subaccountId) {
        calls.noContent("PUT", subaccountUrl(regionHost, subaccountId, "state"), RequestBodies.tunnelState(true));
    }

    public void disconnect(String regionHost, String subaccountId) {
        calls.noContent("PUT", subaccountUrl(regionHost, subaccountId, "state"), RequestBodies.tunnelState(false));
    }

    /** Renews the subaccount certificate with the cloud user's credentials. */
    public Subaccount renewCertificate(String regionHost, String subaccountId, String user, Secret password) {
        return renew(regionHost, subaccountId, RequestBodies.renewal(user, password), password);
    }

    /** Renews the subaccount certificate with authentication data from the BTP cockpit (connector 2.17+). */
    public Subaccount renewCertificate(String regionHost, String subaccountId, Secret authenticationData) {
        return renew(regionHost, subaccountId, RequestBodies.renewal(authenticationData), authenticationData);
    }

    private Subaccount renew(String regionHost, String subaccountId, byte[] body, Secret secret) {
        Answer answer = calls.send("POST", subaccountUrl(regionHost, subaccountId, "validity"), body, secret);
        if (answer.body().isBlank()) {
            return subaccount(regionHost, subaccountId);
        }
        return AdminCalls.parse(answer, "the renewed subaccount",
                text -> ResponseParser.subaccount(text, regionHost, subaccountId));
    }

    /** The access control of a subaccount: system mappings, their resources and RFC access lists. */
    public SystemMappings systemMappings(String regionHost, String subaccountId) {
        return new SystemMappings(calls, regionHost, subaccountId);
    }

    public DomainMappings domainMappings(String regionHost, String subaccountId) {
        return new DomainMappings(calls, regionHost, subaccountId);
    }

    public ServiceChannels serviceChannels(String regionHost, String subaccountId) {
        return new ServiceChannels(calls, regionHost, subaccountId);
    }

    /** The system mappings of all subaccounts with their open connections (monitoring API). */
    public List<BackendConnection> backendConnections() {
        return calls.json("GET", calls.url("api/monitoring/connections/backends").build(), null, "the backend connections",
                AccessControlParser::backendConnections);
    }

    /** All subaccounts with their tunnels in one call — what a dashboard refresh needs. */
    public List<MonitoredSubaccount> monitoringSubaccounts() {
        return calls.json("GET", calls.url("api/monitoring/subaccounts").build(), null, "the monitoring data",
                ResponseParser::monitoringSubaccounts);
    }

    /** Alerts, certificates, memory, CPU, disk and traffic figures (the rest of the monitoring API). */
    public ConnectorMonitoring monitoring() {
        return new ConnectorMonitoring(calls);
    }

    /** Proxy, subject pattern rules, log and trace levels, audit log and alert thresholds. */
    public ConnectorSettings settings() {
        return new ConnectorSettings(calls);
    }

    /**
     * Downloads the configuration backup to {@code target} over this client's pinned connection, with its credentials,
     * and returns the file's size; see {@link ConfigurationBackup}. The backup password encrypts the zip's secrets.
     */
    public long backup(Secret backupPassword, Path target) {
        return ConfigurationBackup.download(transport, calls.credentials(), backupPassword, target);
    }

    /**
     * Restores a configuration backup made with {@code backupPassword}: the connector answers 204 and restarts (wait
     * for its ping before the next call). A wrong password or a file that is not a backup is
     * {@link SccException.Kind#INVALID_REQUEST} and changes nothing. See {@link ConfigurationRestore}.
     */
    public void restore(Secret backupPassword, Path backup) {
        ConfigurationRestore.upload(transport, calls.credentials(), backupPassword, backup);
    }

    /**
     * Unauthenticated liveness probe ({@code /exposed?action=ping}); sends no credentials. False when the connector
     * does not answer or answers with an error; certificate problems still throw, since they need the user.
     */
    public boolean ping() {
        HttpUrl url = transport.url("exposed").addQueryParameter("action", "ping").build();
        try {
            return transport.send("GET", url, null, null).successful();
        } catch (SccException e) {
            if (e.kind() == SccException.Kind.UNREACHABLE || e.kind() == SccException.Kind.TIMEOUT) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        closed = true;
        transport.close();
    }

    /**
     * As {@link #close()}, but the connections are shut by {@code executor} (each a TLS close, a write to its socket),
     * so a UI thread can let go of a client without I/O; closed at once as far as {@link #isClosed()} says.
     */
    public void close(java.util.concurrent.Executor executor) {
        closed = true;
        executor.execute(transport::close);
    }

    /** Whether {@link #close()} was called: the owner let go of this client. */
    public boolean isClosed() {
        return closed;
    }

    private HttpUrl subaccountUrl(String regionHost, String subaccountId, String action) {
        HttpUrl.Builder url = calls.subaccountPath(regionHost, subaccountId);
        return (action == null ? url : url.addPathSegment(action)).build();
    }
}
