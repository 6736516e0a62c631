package dev.connectorconsole.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON request bodies of system mappings, resources, RFC access lists, domain mappings and service channels. */
final class AccessControlBodies {
    private AccessControlBodies() {}

    /** The writable fields; read-only ones (creationDate, counts) are never sent, null optional fields neither. */
    static byte[] mapping(SystemMapping mapping) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode()
                .put("virtualHost", mapping.virtualHost()).put("virtualPort", mapping.virtualPort())
                .put("localHost", mapping.localHost()).put("localPort", mapping.localPort())
                .put("protocol", mapping.protocol()).put("backendType", mapping.backendType());
        putIfSet(body, "authenticationMode", mapping.authenticationMode());
        putIfSet(body, "hostInHeader", mapping.hostInHeader());
        putIfSet(body, "sid", mapping.sid());
        putIfSet(body, "description", mapping.description());
        putIfSet(body, "sncPartnerName", mapping.sncPartnerName());
        putIfSet(body, "sapRouter", mapping.sapRouter());
        body.set("allowedClients", clients(mapping.allowedClients()));
        body.set("blacklistedUsers", users(mapping.blockedUsers()));
        return bytes(body);
    }

    static byte[] resource(MappingResource resource, boolean withId) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode();
        if (withId) {
            body.put("id", resource.id());
        }
        body.put("enabled", resource.enabled()).put("exactMatchOnly", resource.exactMatchOnly())
                .put("websocketUpgradeAllowed", resource.websocketUpgradeAllowed())
                .put("description", resource.description() == null ? "" : resource.description());
        return bytes(body);
    }

    static byte[] clientList(List<String> clients) {
        return bytes(clients(clients));
    }

    static byte[] userList(List<BlockedClientUser> users) {
        return bytes(users(users));
    }

    static byte[] domain(DomainMapping domain) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("virtualDomain", domain.virtualDomain())
                .put("internalDomain", domain.internalDomain()));
    }

    static byte[] channel(ServiceChannelSpec spec) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode();
        putIfSet(body, "k8sCluster", spec.k8sCluster());
        putIfSet(body, "k8sService", spec.k8sService());
        putIfSet(body, "abapCloudTenantHost", spec.abapCloudTenantHost());
        if (spec.port() != null) {
            body.put("port", spec.port());
        }
        if (spec.instanceNumber() != null) {
            body.put("instanceNumber", spec.instanceNumber());
        }
        body.put("connections", spec.connections());
        body.put("comment", spec.comment() == null ? "" : spec.comment());
        return bytes(body);
    }

    static byte[] channelState(boolean enabled) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("enabled", enabled));
    }

    private static ArrayNode clients(List<String> clients) {
        ArrayNode array = ResponseParser.MAPPER.createArrayNode();
        clients.forEach(array::add);
        return array;
    }

    private static ArrayNode users(List<BlockedClientUser> users) {
        ArrayNode array = ResponseParser.MAPPER.createArrayNode();
        users.forEach(user -> array.addObject().put("client", user.client()).put("user", user.user()));
        return array;
    }

    private static void putIfSet(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return ResponseParser.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
