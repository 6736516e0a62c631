package dev.connectorconsole.sandbox;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the sandbox writes to its log folder, like a real connector: the trace ({@link TraceFile}) and the audit log
 * ({@link AuditFile}). Only method, path, status, user names and tunnel states are written; request bodies, and so
 * passwords, never are.
 */
final class SandboxLogs {
    static final String STARTUP = "com.sap.scc.Startup";
    static final String SECURITY = "com.sap.scc.security";
    static final String CONFIG = "com.sap.scc.config";
    static final String TUNNEL = "com.sap.core.connectivity.tunnel.client.TunnelClient";
    static final String BACKEND = "com.sap.core.connectivity.tunnel.backend.HttpBackendHandler";

    private final TraceFile trace;
    private final AuditFile audit;

    SandboxLogs(Path logDir, Clock clock) {
        this.trace = new TraceFile(logDir, clock, TraceFile.MAX_BYTES);
        this.audit = new AuditFile(logDir, clock, AuditFile.MAX_BYTES);
    }

    Path traceFile() {
        return trace.file();
    }

    Path auditFile() {
        return audit.file();
    }

    void started(String version, String baseUri) {
        trace.info(STARTUP, "Cloud Connector " + version + " (sandbox) started, administration UI at " + baseUri);
        audit.record("SERVICE_STARTED", "Cloud Connector " + version + " (sandbox) started");
    }

    void stopped() {
        trace.info(STARTUP, "Cloud Connector (sandbox) is shutting down");
        audit.record("SERVICE_STOPPED", "Cloud Connector (sandbox) stopped");
    }

    /** An admin REST call was answered. Changes by a signed-in user are audited as configuration changes. */
    void adminCall(String method, String path, int status, String user) {
        trace.info(SECURITY, "Returned Http Response with code " + status + " for " + method + " " + path
                + (user == null ? "" : " (user " + user + ")"));
        if (user != null && status < 300 && !method.equals("GET")) {
            audit.record("CONFIGURATION_CHANGED", changeDescription(method, path) + " changed by " + user);
        }
    }

    private static String changeDescription(String method, String path) {
        if (path.endsWith("/authentication/basic")) {
            return "Configuration property [password] of SCCUser";
        }
        return "Configuration [" + method + " " + path + "]";
    }

    void accessDenied(String method, String path) {
        trace.warn(SECURITY, "Authentication failed for " + method + " " + path + ": user name or password is not correct");
        audit.record("ACCESS_DENIED", "Access denied to " + method + " " + path + ": authentication failed");
    }

    void failed(String method, String path, Throwable failure) {
        trace.error(CONFIG, "Processing " + method + " " + path + " failed", failure);
    }

    void tunnelChanged(String subaccount, String regionHost, String from, String to) {
        String account = "account:///" + subaccount + " on " + regionHost;
        trace.info(TUNNEL, "Tunnel state changed from " + from + " to " + to + " for " + account);
        audit.record(to.equals(TunnelState.CONNECTED) ? "CONNECTION_OPENED" : "CONNECTION_CLOSED",
                "Tunnel " + from + " -> " + to + " for " + account);
    }

    /** A call the sandbox carried to an internal system (no payload, no headers: only what and how long). */
    void backendCall(String account, String virtualBackend, String internalBackend, String path, int status, long millis) {
        trace.info(BACKEND, "Request for " + virtualBackend + path + " of " + account + " forwarded to " + internalBackend
                + ": status " + status + " after " + millis + " ms");
    }

    /** A call no resource of the system mapping allows, refused as the real connector refuses it. */
    void backendDenied(String account, String virtualBackend, String path) {
        trace.warn(BACKEND, "Access denied to " + virtualBackend + path + " of " + account + ": no enabled resource allows it");
        audit.record("ACCESS_DENIED", "Access denied to resource " + path + " of system " + virtualBackend + " for " + account);
    }
}
