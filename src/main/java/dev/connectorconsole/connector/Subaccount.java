package dev.connectorconsole.connector;

/** A subaccount's configuration and tunnel, as GET/PUT/POST on its entity answer. */
public record Subaccount(String regionHost, String subaccount, String locationID, String displayName,
                         String description, boolean autoCertRenewal, boolean isManaged, Tunnel tunnel) {
}
