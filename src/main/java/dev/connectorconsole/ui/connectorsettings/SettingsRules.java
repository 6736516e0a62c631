package dev.connectorconsole.ui.connectorsettings;

import java.util.regex.Pattern;

/**
 * The checks the connector settings forms run before anything is sent. Each returns "" when the value is fine,
 * otherwise one sentence telling the user what to change.
 */
final class SettingsRules {
    private static final Pattern HOST = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private SettingsRules() {}

    static String proxyHost(String host) {
        String value = host == null ? "" : host.trim();
        if (value.isEmpty()) {
            return "Enter the proxy's host name, e.g. proxy.example.com.";
        }
        if (value.contains("://") || value.contains("/")) {
            return "Enter the host only, without http:// or a path.";
        }
        return HOST.matcher(value).matches() ? "" : "This is not a host name; use letters, digits, dots and hyphens.";
    }

    static String port(String port) {
        return whole(port, 1, 65535, "The port is a whole number from 1 to 65535.");
    }

    static String proxyUser(String user) {
        return user != null && user.trim().chars().anyMatch(Character::isWhitespace) ? "A user name has no spaces." : "";
    }

    /** A password needs a user; "***" (the stored one) only stays valid for the user it belongs to. */
    static String proxyPassword(String password, String user, String storedUser) {
        String pw = password == null ? "" : password;
        String name = user == null ? "" : user.trim();
        if (!pw.isEmpty() && name.isEmpty()) {
            return "A password is only used with a user; enter the user or clear the password.";
        }
        if (ProxyForm.UNCHANGED.equals(pw) && !name.equals(storedUser == null ? "" : storedUser)) {
            return "Enter the password of the new user.";
        }
        return "";
    }

    static String variable(String variable) {
        String value = variable == null ? "" : variable.trim();
        if (value.isEmpty()) {
            return "Enter the attribute the rule checks, e.g. name or login_name.";
        }
        return VARIABLE.matcher(value).matches() ? ""
                : "An attribute name starts with a letter or _ and has only letters, digits, _ . and -.";
    }

    static String conditionValue(String value, boolean needed) {
        return needed && (value == null || value.isBlank()) ? "Enter the value the attribute is compared with." : "";
    }

    static String commonName(String cn) {
        return cn == null || cn.isBlank() ? "Enter the common name (CN), e.g. ${name}." : "";
    }

    static String description(String text) {
        return text != null && text.length() > 1024 ? "A description has at most 1024 characters." : "";
    }

    static String cpuLoad(String value) {
        return whole(value, 0, 100, "The CPU load is a percentage from 0 to 100.");
    }

    static String toleranceSeconds(String value) {
        return whole(value, 0, 86_400, "The duration is a whole number of seconds from 0 to 86400.");
    }

    static String freeDiskMb(String value) {
        return whole(value, 0, 10_000_000, "The free disk space is a whole number of MB from 0 to 10000000.");
    }

    static String certificateDays(String value) {
        return whole(value, 1, 3650, "The days before a certificate expires are a whole number from 1 to 3650.");
    }

    /** The whole number in {@code text}, read the way {@link #whole} checks it (spaces and 1,000 separators allowed). */
    static long number(String text) {
        return Long.parseLong(text.trim().replace(",", "").replace(" ", ""));
    }

    private static String whole(String text, long min, long max, String sentence) {
        String value = text == null ? "" : text.trim().replace(",", "").replace(" ", "");
        if (!value.matches("[0-9]{1,12}")) {
            return sentence;
        }
        long number = Long.parseLong(value);
        return number < min || number > max ? sentence : "";
    }
}
