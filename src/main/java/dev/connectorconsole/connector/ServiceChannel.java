package dev.connectorconsole.connector;

import java.time.Instant;

/**
 * A service channel as read: the fields of its type are set, the others null ({@code k8sCluster}/{@code k8sService}
 * for K8S, {@code abapCloudTenantHost}/{@code instanceNumber} for ABAP Cloud, {@code hanaInstanceName}/
 * {@code instanceNumber} for HANA, {@code name}/{@code endpointId} for virtual machines). {@code state} only while
 * enabled, otherwise null.
 */
public record ServiceChannel(long id, ServiceChannelType type, String k8sCluster, String k8sService,
                             String abapCloudTenantHost, String hanaInstanceName, String name, String endpointId,
                             Integer instanceNumber, int port, boolean enabled, int connections, String comment,
                             State state) {
    /** The live state of an enabled channel. */
    public record State(boolean connected, int openedConnections, Instant connectedSince) {
    }
}
