package dev.connectorconsole.connector;

/** A user of an ABAP client (three digits) that an RFC system mapping refuses. */
public record BlockedClientUser(String client, String user) {
    /** The path form {@code <client>:<user>} used to remove one. */
    public String key() {
        return client + ":" + user;
    }
}
