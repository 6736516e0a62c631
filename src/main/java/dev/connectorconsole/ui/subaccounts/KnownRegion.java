package dev.connectorconsole.ui.subaccounts;

/** A region host the connector can connect a subaccount to, with the name people know it by. */
public record KnownRegion(String host, String name) {
    public boolean isCloudFoundry() {
        return SubaccountRules.isCloudFoundryHost(host);
    }

    /** "Europe (Frankfurt) – cf.eu10.hana.ondemand.com". */
    public String label() {
        return name + " – " + host;
    }
}
