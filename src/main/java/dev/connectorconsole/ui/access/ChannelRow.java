package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.ServiceChannel;
import dev.connectorconsole.connector.ServiceChannelType;

/** How a service channel reads in the table. */
final class ChannelRow {
    private ChannelRow() {}

    static String type(ServiceChannel channel) {
        return switch (channel.type()) {
            case K8S -> "Kubernetes cluster";
            case ABAP_CLOUD -> "ABAP Cloud";
            case ABAP_CLOUD_SNC -> "ABAP Cloud (SNC)";
            case HANA -> "SAP HANA";
            case VIRTUAL_MACHINE -> "Virtual machine";
        };
    }

    static String target(ServiceChannel channel) {
        return switch (channel.type()) {
            case K8S -> channel.k8sCluster() + " · " + channel.k8sService();
            case ABAP_CLOUD, ABAP_CLOUD_SNC -> channel.abapCloudTenantHost() + " · instance "
                    + String.format("%02d", channel.instanceNumber() == null ? 0 : channel.instanceNumber());
            case HANA -> channel.hanaInstanceName();
            case VIRTUAL_MACHINE -> channel.name();
        };
    }

    static String state(ServiceChannel channel) {
        if (!channel.enabled()) {
            return "Disabled";
        }
        if (channel.state() == null) {
            return "Enabled";
        }
        return channel.state().connected() ? "Open, " + channel.state().openedConnections() + " of "
                + channel.connections() : "Enabled, not open";
    }

    /** The port on-premise clients connect to: the given one, or 33NN / 48NN (SNC) for ABAP Cloud. */
    static int localPort(ServiceChannelType type, String port, String instance) {
        if (type == ServiceChannelType.K8S) {
            return Integer.parseInt(port.trim());
        }
        return (type == ServiceChannelType.ABAP_CLOUD_SNC ? 4800 : 3300) + Integer.parseInt(instance.trim());
    }
}
