package dev.connectorconsole.ui.subaccounts;

import java.util.regex.Pattern;

/**
 * The checks a subaccount form runs before anything is sent. Each returns "" when the value is fine, otherwise one
 * sentence telling the user what to change.
 */
public final class SubaccountRules {
    public static final int LOCATION_ID_MAX = 255;
    public static final int DISPLAY_NAME_MAX = 255;
    public static final int DESCRIPTION_MAX = 1024;

    private static final Pattern HOST = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern GUID = Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NEO_NAME = Pattern.compile("(?i)[a-z][a-z0-9]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern SAP_USER_ID = Pattern.compile("(?i)[SP]\\d{6,12}");
    private static final Pattern URI_SAFE = Pattern.compile("[A-Za-z0-9._~-]*");

    private SubaccountRules() {}

    public static boolean isCloudFoundryHost(String host) {
        return host != null && host.trim().toLowerCase().startsWith("cf.");
    }

    public static String region(String host) {
        String value = host == null ? "" : host.trim();
        if (value.isEmpty()) {
            return "Choose the region of the subaccount, or type its region host.";
        }
        if (value.contains("://") || value.contains("/")) {
            return "Enter the region host only, without https:// or a path, e.g. cf.eu10.hana.ondemand.com.";
        }
        if (!HOST.matcher(value).matches()) {
            return "This is not a host name; a region host looks like cf.eu10.hana.ondemand.com.";
        }
        return "";
    }

    public static String subaccount(String id, String regionHost) {
        String value = id == null ? "" : id.trim();
        if (value.isEmpty()) {
            return isCloudFoundryHost(regionHost)
                    ? "Enter the subaccount ID (a GUID, shown in the BTP cockpit on the subaccount's overview)."
                    : "Enter the subaccount's technical name.";
        }
        if (isCloudFoundryHost(regionHost)) {
            return GUID.matcher(value).matches() ? ""
                    : "In a Cloud Foundry region the subaccount ID is a GUID like "
                    + "12345678-90ab-cdef-1234-567890abcdef, not the subaccount's name.";
        }
        return NEO_NAME.matcher(value).matches() || GUID.matcher(value).matches() ? ""
                : "A subaccount's technical name starts with a letter and has only letters and digits.";
    }

    public static String cloudUser(String user, String regionHost) {
        String value = user == null ? "" : user.trim();
        if (value.isEmpty()) {
            return "Enter the user that logs on to the subaccount (needs the Cloud Connector Administrator role).";
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return "A user name has no spaces.";
        }
        if (isCloudFoundryHost(regionHost) && !EMAIL.matcher(value).matches()
                && !SAP_USER_ID.matcher(value).matches()) {
            return "Use the login e-mail address (or an S-/P-user ID such as S0012345678).";
        }
        return "";
    }

    public static String password(String password) {
        return password == null || password.isEmpty() ? "Enter the password of this user." : "";
    }

    public static String locationId(String id) {
        String value = id == null ? "" : id;
        if (value.length() > LOCATION_ID_MAX) {
            return "A location ID has at most " + LOCATION_ID_MAX + " characters (this one has " + value.length() + ").";
        }
        if (!URI_SAFE.matcher(value).matches()) {
            return "Use only letters, digits and . _ ~ - in a location ID (it is used in URIs).";
        }
        return "";
    }

    public static String displayName(String name) {
        return name != null && name.length() > DISPLAY_NAME_MAX
                ? "A display name has at most " + DISPLAY_NAME_MAX + " characters." : "";
    }

    public static String description(String text) {
        return text != null && text.length() > DESCRIPTION_MAX
                ? "A description has at most " + DESCRIPTION_MAX + " characters." : "";
    }
}
