package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.SccException;
import java.util.Locale;

/** Decides which field a connector's answer to a subaccount call concerns, and words it for the user. */
public final class SubaccountErrors {
    /** A message placed next to a field (or in the form's message area for {@link FormTarget#FORM}). */
    public record Placement(FormTarget target, String sentence) {}

    private SubaccountErrors() {}

    public static Placement place(SccException failure) {
        return place(failure.kind(), failure.serverMessage(), failure.getMessage());
    }

    /**
     * @param serverMessage the connector's own {@code message} text (may be null)
     * @param humanMessage  the client's one-line explanation, used when nothing more specific fits
     */
    public static Placement place(SccException.Kind kind, String serverMessage, String humanMessage) {
        String server = serverMessage == null ? "" : serverMessage.trim();
        String text = server.toLowerCase(Locale.ROOT);
        String fallback = humanMessage == null || humanMessage.isBlank() ? server : humanMessage;
        if (text.contains("already added") || text.contains("already exists")) {
            return new Placement(FormTarget.SUBACCOUNT, "This subaccount is already added to the connector.");
        }
        if (kind == SccException.Kind.LOCKED) {
            return new Placement(FormTarget.FORM, "Someone has this subaccount open in the connector's own "
                    + "admin UI, which locks it. Close it there and try again.");
        }
        if (kind == SccException.Kind.NOT_FOUND) {
            return new Placement(FormTarget.FORM, "The connector no longer has this subaccount. Refresh the list.");
        }
        if (mentionsCloudLogon(text)) {
            return new Placement(FormTarget.CLOUD_CREDENTIALS, "The cloud did not accept this user and password"
                    + (server.isEmpty() ? "." : ": " + server));
        }
        if (text.contains("location")) {
            return new Placement(FormTarget.LOCATION_ID, server);
        }
        if (text.contains("region") || text.contains("unknown host") || text.contains("unknownhost")) {
            return new Placement(FormTarget.REGION, server);
        }
        if (text.contains("display name") || text.contains("displayname")) {
            return new Placement(FormTarget.DISPLAY_NAME, server);
        }
        if (text.contains("description")) {
            return new Placement(FormTarget.DESCRIPTION, server);
        }
        if (kind == SccException.Kind.INVALID_REQUEST && text.contains("subaccount")) {
            return new Placement(FormTarget.SUBACCOUNT, server);
        }
        return new Placement(FormTarget.FORM, fallback);
    }

    private static boolean mentionsCloudLogon(String text) {
        return text.contains("authenticat") || text.contains("credential") || text.contains("password")
                || text.contains("unauthorized") || text.contains("logon") || text.contains("log on")
                || text.contains("login");
    }
}
