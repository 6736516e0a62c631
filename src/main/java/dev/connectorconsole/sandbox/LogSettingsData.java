package dev.connectorconsole.sandbox;

/** Log, trace and audit log settings ({@code logAndTrace} and {@code auditLog}) with the connector's defaults. */
final class LogSettingsData {
    public String sccLogLevel = "INFO";
    public String otherLogLevel = "ERROR";
    public boolean tlsTrace;
    public int cpicTraceLevel;
    public int cleanup;
    public String rolloverThreshold = "75 MB";
    public String auditLevel = "SECURITY";
    public int auditCleanup;
}
