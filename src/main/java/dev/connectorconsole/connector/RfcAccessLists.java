package dev.connectorconsole.connector;

import java.util.List;
import okhttp3.HttpUrl;

/**
 * The RFC access-control lists of one RFC(S) system mapping (connector 2.14+): allowed ABAP clients (empty = all) and
 * blocked client users. {@code replace} overwrites a list, {@code add} appends to it, {@code remove}/{@code clear}
 * delete one or all entries.
 */
public final class RfcAccessLists {
    private final AdminCalls calls;
    private final HttpUrl mapping;

    RfcAccessLists(AdminCalls calls, HttpUrl mapping) {
        this.calls = calls;
        this.mapping = mapping;
    }

    public List<String> allowedClients() {
        return calls.json("GET", path("allowedClients", null), null, "the allowed clients",
                AccessControlParser::allowedClients);
    }

    public void replaceAllowedClients(List<String> clients) {
        calls.noContent("POST", path("allowedClients", null), AccessControlBodies.clientList(clients));
    }

    public void addAllowedClients(List<String> clients) {
        calls.noContent("PATCH", path("allowedClients", null), AccessControlBodies.clientList(clients));
    }

    public void removeAllowedClient(String abapClient) {
        calls.noContent("DELETE", path("allowedClients", abapClient), null);
    }

    public void clearAllowedClients() {
        calls.noContent("DELETE", path("allowedClients", null), null);
    }

    public List<BlockedClientUser> blockedUsers() {
        return calls.json("GET", path("blockedClientUsers", null), null, "the blocked users",
                AccessControlParser::blockedUsers);
    }

    public void replaceBlockedUsers(List<BlockedClientUser> users) {
        calls.noContent("POST", path("blockedClientUsers", null), AccessControlBodies.userList(users));
    }

    public void addBlockedUsers(List<BlockedClientUser> users) {
        calls.noContent("PATCH", path("blockedClientUsers", null), AccessControlBodies.userList(users));
    }

    public void removeBlockedUser(BlockedClientUser user) {
        calls.noContent("DELETE", path("blockedClientUsers", user.key()), null);
    }

    public void clearBlockedUsers() {
        calls.noContent("DELETE", path("blockedClientUsers", null), null);
    }

    private HttpUrl path(String list, String entry) {
        HttpUrl.Builder url = mapping.newBuilder().addPathSegment(list);
        return (entry == null ? url : url.addPathSegment(entry)).build();
    }
}
