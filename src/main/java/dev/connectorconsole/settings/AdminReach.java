package dev.connectorconsole.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may reach the admin port of a connector container this app creates. A new connector answers with its initial
 * password until it is changed, so the default is this computer only.
 *
 * @param address for {@link Scope#ONE_ADDRESS}: an IPv4 address of the engine's machine; otherwise ignored
 */
public record AdminReach(Scope scope, String address) {
    private static final String IPV4 = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}";

    /** Where the admin port is published. */
    public enum Scope {
        /** 127.0.0.1: only programs on this computer. */
        THIS_COMPUTER,
        /** 0.0.0.0: every interface, so other machines too. */
        ALL_INTERFACES,
        /** One address of the machine, e.g. its LAN address. */
        ONE_ADDRESS
    }

    public AdminReach {
        scope = scope == null ? Scope.THIS_COMPUTER : scope;
        address = address == null || address.isBlank() ? null : address.trim();
    }

    public static AdminReach thisComputerOnly() {
        return new AdminReach(Scope.THIS_COMPUTER, null);
    }

    /** The host address to ask the engine to publish on: 127.0.0.1, 0.0.0.0 or the chosen address. */
    public String requestedIp() {
        return switch (scope) {
            case THIS_COMPUTER -> "127.0.0.1";
            case ALL_INTERFACES -> "0.0.0.0";
            case ONE_ADDRESS -> address;
        };
    }

    /** A sentence saying what is wrong with the address, or "" when it is fine. */
    public static String addressProblem(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return "Enter an IPv4 address of the engine's machine, for example 192.168.1.20";
        }
        return value.matches(IPV4) ? "" : "'" + value + "' is not an IPv4 address such as 192.168.1.20";
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (scope == Scope.ONE_ADDRESS && !addressProblem(address).isEmpty()) {
            problems.add("Admin port address: " + addressProblem(address));
        }
        return problems;
    }
}
