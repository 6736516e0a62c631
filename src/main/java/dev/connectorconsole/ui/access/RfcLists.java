package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.BlockedClientUser;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The RFC access lists of a system as the form keeps them: "100, 200" and "100:DDIC, 000:SAP*". */
final class RfcLists {
    private RfcLists() {}

    static List<String> items(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    static String clientsText(List<String> clients) {
        return String.join(", ", clients);
    }

    static List<String> clients(String text) {
        return items(text).stream().distinct().toList();
    }

    static String usersText(List<BlockedClientUser> users) {
        return users.stream().map(u -> u.client() + ":" + u.user()).collect(Collectors.joining(", "));
    }

    static List<BlockedClientUser> users(String text) {
        return items(text).stream().map(item -> item.split(":", 2))
                .map(parts -> new BlockedClientUser(parts[0].trim(), parts[1].trim().toUpperCase(Locale.ROOT)))
                .distinct().toList();
    }
}
