package dev.connectorconsole.settings;

/** The secret-store key under which a connector's admin password is remembered, for the user at host and port. */
public final class AdminPasswordKeys {
    private AdminPasswordKeys() {}

    public static String of(String host, int port, String userName) {
        return "connector-admin " + userName + "@" + host + ":" + port;
    }
}
