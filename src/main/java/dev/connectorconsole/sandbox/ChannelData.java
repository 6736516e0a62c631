package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A service channel of a subaccount: its id, type and the type-specific fields as the API shows them. */
final class ChannelData {
    public long id;
    public String type;
    public boolean enabled;
    /** Type-specific fields (k8sCluster, k8sService, abapCloudTenantHost, instanceNumber, ...), port, connections, comment. */
    public ObjectNode fields;
}
