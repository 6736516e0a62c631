package dev.connectorconsole.ui.access;

import java.util.regex.Pattern;

/** The checks of the service-channel form before anything is sent; "" when fine, else one sentence. */
final class ChannelRules {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?");

    private ChannelRules() {}

    static String host(String value, String what) {
        String host = value == null ? "" : value.trim();
        if (host.isEmpty()) {
            return "Enter the " + what + ".";
        }
        if (host.contains("://") || host.contains("/") || host.contains(":") || !HOST.matcher(host).matches()) {
            return "Enter a host name only, e.g. " + ("tenant host".equals(what)
                    ? "my-tenant.abap.eu10.hana.ondemand.com." : "k8s.example.com.");
        }
        return "";
    }

    static String service(String value) {
        return value == null || value.isBlank() ? "Enter the service ID the cluster gave you." : "";
    }

    static String port(String value) {
        String port = value == null ? "" : value.trim();
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65_535) {
            return "The local port is a number from 1 to 65535.";
        }
        return "";
    }

    static String instance(String value) {
        String instance = value == null ? "" : value.trim();
        return instance.matches("[0-9]{2}") ? "" : "The instance number is two digits, 00 to 99.";
    }

    static String connections(String value) {
        String count = value == null ? "" : value.trim();
        if (!count.matches("[0-9]{1,3}") || Integer.parseInt(count) < 1 || Integer.parseInt(count) > 100) {
            return "Allow 1 to 100 connections.";
        }
        return "";
    }
}
