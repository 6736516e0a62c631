package dev.connectorconsole.ui.health;

import dev.connectorconsole.connector.ConnectorAlert;
import java.util.Locale;
import java.util.Set;

/** Where the screen that fixes an alert is: its subaccount, the connector's container, or nowhere in the app. */
public enum AlertLink {
    SUBACCOUNT("Open subaccount"),
    CONTAINER("Open container"),
    NONE("");

    private static final Set<String> RESOURCES = Set.of("disk", "cpu", "memory");

    private final String text;

    AlertLink(String text) {
        this.text = text;
    }

    /** The words of the link, empty when there is none. */
    public String text() {
        return text;
    }

    /**
     * A tunnel or subaccount-certificate alert names {@code subaccount@region}: the Subaccounts screen connects it or
     * renews its certificate. Disk, CPU and memory are the container's. The UI, system and CA certificates are
     * renewed in the connector itself.
     */
    public static AlertLink of(ConnectorAlert alert) {
        if (alert.subaccount() != null && alert.regionHost() != null) {
            return SUBACCOUNT;
        }
        String type = alert.type() == null ? "" : alert.type().toLowerCase(Locale.ROOT);
        return RESOURCES.contains(type) ? CONTAINER : NONE;
    }
}
