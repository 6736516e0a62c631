package dev.connectorconsole.ui.ha;

import dev.connectorconsole.connector.ConnectorEndpoint;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user typed to pair the signed-in master with a second connector, checked before anything is sent: the
 * second connector's address and certificate fingerprint, its password, the master's password for the shadow's first
 * sign-in, and the timings.
 */
record ShadowForm(ConnectorEndpoint shadow, String fingerprint, int checkIntervalSeconds, int takeoverDelaySeconds) {
    private static final Pattern ADDRESS = Pattern.compile("(?:https://)?([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+]):(\\d{1,5})/?");
    private static final Pattern SHA256 = Pattern.compile("([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}");

    /** Thrown with a message meant for the user, naming the field. */
    static final class Invalid extends Exception {
        private final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    static ShadowForm check(String address, String fingerprint, boolean shadowPassword, boolean masterPassword,
                            String checkInterval, String takeoverDelay) throws Invalid {
        Matcher matcher = ADDRESS.matcher(address == null ? "" : address.strip());
        int port = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
        if (port < 1 || port > 65_535) {
            throw new Invalid("address", "Give the second connector's admin address as host:port, e.g. shadow.example.com:8443.");
        }
        String pin = fingerprint == null ? "" : fingerprint.strip();
        if (!SHA256.matcher(pin).matches()) {
            throw new Invalid("fingerprint", "The certificate fingerprint is 64 hexadecimal digits (SHA-256), with or without colons.");
        }
        if (!shadowPassword) {
            throw new Invalid("shadowPassword", "Give the second connector's Administrator password.");
        }
        if (!masterPassword) {
            throw new Invalid("masterPassword", "Give this connector's password: the shadow signs in with it once.");
        }
        int interval = seconds(checkInterval, "checkInterval", "check interval");
        int delay = seconds(takeoverDelay, "takeoverDelay", "takeover delay");
        String host = matcher.group(1).startsWith("[") ? matcher.group(1).substring(1, matcher.group(1).length() - 1) : matcher.group(1);
        return new ShadowForm(new ConnectorEndpoint(host, port), pin, interval, delay);
    }

    static int seconds(String text, String field, String name) throws Invalid {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 3600) {
            throw new Invalid(field, "The " + name + " is a whole number of seconds from 1 to 3600.");
        }
        return Integer.parseInt(value);
    }
}
