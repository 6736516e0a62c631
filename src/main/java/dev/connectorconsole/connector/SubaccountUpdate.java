package dev.connectorconsole.connector;

/**
 * Changes to a subaccount. A null field is left unchanged; "" resets it (displayName falls back to the id,
 * locationID to the default location).
 */
public record SubaccountUpdate(String displayName, String locationID, String description, Boolean autoCertRenewal) {
}
