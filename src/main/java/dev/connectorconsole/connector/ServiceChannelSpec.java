package dev.connectorconsole.connector;

import java.util.Objects;

/**
 * What to send to create or replace a service channel. The ABAP Cloud port follows from the instance number (33NN,
 * with SNC 48NN); a K8S channel names its local port.
 */
public record ServiceChannelSpec(ServiceChannelType type, String k8sCluster, String k8sService, Integer port,
                                 String abapCloudTenantHost, Integer instanceNumber, int connections, String comment) {
    public ServiceChannelSpec {
        Objects.requireNonNull(type, "type");
    }

    public static ServiceChannelSpec k8s(String cluster, String service, int port, int connections, String comment) {
        return new ServiceChannelSpec(ServiceChannelType.K8S, cluster, service, port, null, null, connections, comment);
    }

    public static ServiceChannelSpec abapCloud(String tenantHost, int instanceNumber, boolean snc, int connections,
                                               String comment) {
        return new ServiceChannelSpec(snc ? ServiceChannelType.ABAP_CLOUD_SNC : ServiceChannelType.ABAP_CLOUD, null, null,
                null, tenantHost, instanceNumber, connections, comment);
    }
}
