package dev.connectorconsole.sandbox;

/** A resource of a system mapping: a URL path prefix (HTTP) or function module name or prefix (RFC). */
final class ResourceData {
    public String id;
    public boolean enabled;
    public boolean exactMatchOnly;
    public boolean websocketUpgradeAllowed;
    public String description = "";
    public long creationDate;
}
