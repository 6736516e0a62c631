package dev.connectorconsole.connector;

import static dev.connectorconsole.connector.AccessControlParser.bool;
import static dev.connectorconsole.connector.AccessControlParser.integer;
import static dev.connectorconsole.connector.ResponseParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads service channels; numbers may come as strings, {@code state} only exists while a channel is enabled. */
final class ChannelParser {
    private ChannelParser() {}

    static List<ServiceChannel> channels(String body, ServiceChannelType listed) {
        return AccessControlParser.list(body, node -> channel(node, listed));
    }

    static ServiceChannel channel(String body, ServiceChannelType requested) {
        return channel(AccessControlParser.object(body), requested);
    }

    /** @param requested the type of the path asked, used when the body names none or an unknown one */
    static ServiceChannel channel(JsonNode node, ServiceChannelType requested) {
        ServiceChannelType type = ServiceChannelType.fromApi(text(node, "type"));
        JsonNode instance = node.get("instanceNumber");
        return new ServiceChannel(node.path("id").asLong(0), type == null ? requested : type, text(node, "k8sCluster"),
                text(node, "k8sService"), text(node, "abapCloudTenantHost"), text(node, "hanaInstanceName"),
                text(node, "name"), text(node, "endpointId"),
                instance == null || instance.isNull() ? null : instance.asInt(0), integer(node, "port"),
                bool(node, "enabled"), integer(node, "connections"), text(node, "comment"), state(node.get("state")));
    }

    private static ServiceChannel.State state(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new ServiceChannel.State(bool(node, "connected"), integer(node, "openedConnections"),
                Timestamps.fromMillis(node.get("connectedSinceTimeStamp")));
    }
}
