package dev.connectorconsole.connector;

/** One entry of the subaccount list: only the keys; {@code locationID} is "" for the default location. */
public record SubaccountSummary(String regionHost, String subaccount, String locationID) {
}
