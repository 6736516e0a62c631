package dev.connectorconsole.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorconsole.common.Secret;

/** JSON request bodies. The only place a secret's value is written — into the HTTP body, nowhere else. */
final class RequestBodies {
    private RequestBodies() {}

    static byte[] create(SubaccountCreate create) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode();
        if (create.usesAuthenticationData()) {
            body.put("authenticationData", create.authenticationData().value());
        } else {
            body.put("regionHost", create.regionHost());
            body.put("subaccount", create.subaccount());
            body.put("cloudUser", create.cloudUser());
            body.put("cloudPassword", create.cloudPassword().value());
        }
        putIfSet(body, "displayName", create.displayName());
        putIfSet(body, "locationID", create.locationID());
        putIfSet(body, "description", create.description());
        if (create.autoCertRenewal() != null) {
            body.put("autoCertRenewal", create.autoCertRenewal());
        }
        return bytes(body);
    }

    static byte[] update(SubaccountUpdate update) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode();
        putIfSet(body, "displayName", update.displayName());
        putIfSet(body, "locationID", update.locationID());
        putIfSet(body, "description", update.description());
        if (update.autoCertRenewal() != null) {
            body.put("autoCertRenewal", update.autoCertRenewal());
        }
        return bytes(body);
    }

    static byte[] passwordChange(Secret oldPassword, Secret newPassword) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode();
        body.put("oldPassword", oldPassword.value());
        body.put("newPassword", newPassword.value());
        return bytes(body);
    }

    static byte[] tunnelState(boolean connected) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("connected", connected));
    }

    static byte[] renewal(String user, Secret password) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("user", user).put("password", password.value()));
    }

    static byte[] renewal(Secret authenticationData) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("authenticationData", authenticationData.value()));
    }

    /** A shadow's CONNECT to its master with the master's admin credentials. */
    static byte[] shadowConnect(String user, Secret password) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("op", "CONNECT").put("user", user)
                .put("password", password.value()));
    }

    /** The HA role as a JSON string, e.g. {@code "master"}. */
    static byte[] jsonString(String value) {
        try {
            return ResponseParser.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }

    private static void putIfSet(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static byte[] bytes(ObjectNode body) {
        try {
            return ResponseParser.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
