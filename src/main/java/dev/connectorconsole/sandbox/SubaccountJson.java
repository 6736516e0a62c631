package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Renders stored subaccounts in the shapes of SCC 2.19 (key order as in the recordings). */
final class SubaccountJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[][] LINKS = {
        {"ABAPCloud-channels", "/channels/ABAPCloud"},
        {"HANA-channels", "/channels/HANA"},
        {"systemMappings", "/systemMappings"},
        {"self", ""},
        {"K8S-channels", "/channels/K8S"},
        {"validity", "/validity"},
        {"state", "/state"},
        {"VirtualMachine-channels", "/channels/VirtualMachine"},
        {"domainMappings", "/domainMappings"},
    };

    private SubaccountJson() {}

    static String selfUrl(String baseUrl, SubaccountData subaccount) {
        return baseUrl + "/api/v1/configuration/subaccounts/" + encode(subaccount.regionHost) + "/" + encode(subaccount.subaccount);
    }

    /** Item of {@code GET /api/v1/configuration/subaccounts}. */
    static ObjectNode listItem(String baseUrl, SubaccountData subaccount) {
        ObjectNode item = NODES.objectNode();
        item.set("_links", links(baseUrl, subaccount));
        item.put("regionHost", subaccount.regionHost);
        item.put("subaccount", subaccount.subaccount);
        item.put("locationID", subaccount.locationID);
        return item;
    }

    /** Entity of GET/PUT/POST on {@code /api/v1/configuration/subaccounts/<regionHost>/<subaccount>}. */
    static ObjectNode entity(String baseUrl, SubaccountData subaccount) {
        ObjectNode entity = NODES.objectNode();
        entity.put("description", subaccount.description);
        entity.put("displayName", subaccount.displayName);
        entity.put("autoCertRenewal", subaccount.autoCertRenewal);
        entity.set("tunnel", tunnel(subaccount, true));
        entity.put("isManaged", subaccount.isManaged);
        entity.set("_links", links(baseUrl, subaccount));
        entity.put("regionHost", subaccount.regionHost);
        entity.put("subaccount", subaccount.subaccount);
        entity.put("locationID", subaccount.locationID);
        return entity;
    }

    /** Item of {@code GET /api/monitoring/subaccounts}. */
    static ObjectNode monitoringItem(SubaccountData subaccount) {
        ObjectNode item = NODES.objectNode();
        item.put("regionHost", subaccount.regionHost);
        item.put("subaccount", subaccount.subaccount);
        item.put("displayName", subaccount.displayName);
        item.put("description", subaccount.description);
        item.put("locationID", subaccount.locationID);
        item.set("tunnel", tunnel(subaccount, false));
        return item;
    }

    private static ObjectNode tunnel(SubaccountData subaccount, boolean withSerialNumber) {
        ObjectNode tunnel = NODES.objectNode();
        tunnel.put("state", subaccount.tunnelState);
        tunnel.put("connectedSinceTimeStamp", subaccount.connectedSinceTimeStamp);
        ArrayNode applications = TunnelSimulator.applicationConnections(subaccount);
        tunnel.put("connections", TunnelSimulator.connectionCount(applications));
        tunnel.set("applicationConnections", applications);
        tunnel.set("serviceChannels", serviceChannels(subaccount));
        if (subaccount.certificate != null) {
            ObjectNode certificate = tunnel.putObject("subaccountCertificate");
            certificate.put("notAfterTimeStamp", subaccount.certificate.notAfterTimeStamp);
            certificate.put("notBeforeTimeStamp", subaccount.certificate.notBeforeTimeStamp);
            certificate.put("subjectDN", subaccount.certificate.subjectDN);
            certificate.put("issuer", subaccount.certificate.issuer);
            if (withSerialNumber) {
                certificate.put("serialNumber", subaccount.certificate.serialNumber);
            }
        }
        tunnel.put("user", subaccount.cloudUser);
        return tunnel;
    }

    private static ArrayNode serviceChannels(SubaccountData subaccount) {
        ArrayNode list = NODES.arrayNode();
        boolean connected = TunnelState.CONNECTED.equals(subaccount.tunnelState);
        for (ChannelData channel : subaccount.channels) {
            if (channel.enabled) {
                ObjectNode item = list.addObject();
                item.put("type", channel.type);
                item.put("state", connected ? "Connected" : "Disconnected");
                item.put("details", ChannelJson.details(channel));
                item.put("comment", channel.fields.path("comment").asText(""));
            }
        }
        return list;
    }

    private static ObjectNode links(String baseUrl, SubaccountData subaccount) {
        String self = selfUrl(baseUrl, subaccount);
        ObjectNode links = NODES.objectNode();
        for (String[] link : LINKS) {
            links.putObject(link[0]).put("href", self + link[1]);
        }
        return links;
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
