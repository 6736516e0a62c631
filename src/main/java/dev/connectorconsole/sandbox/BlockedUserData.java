package dev.connectorconsole.sandbox;

/** A user of an ABAP client that an RFC system mapping refuses. */
final class BlockedUserData {
    public String client;
    public String user;

    static BlockedUserData of(String client, String user) {
        BlockedUserData data = new BlockedUserData();
        data.client = client;
        data.user = user;
        return data;
    }

    boolean same(BlockedUserData other) {
        return client.equals(other.client) && user.equals(other.user);
    }
}
