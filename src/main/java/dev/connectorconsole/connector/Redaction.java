package dev.connectorconsole.connector;

import java.util.Collection;

/** Removes secret values from text that came from elsewhere (a server may echo what it was sent). */
final class Redaction {
    private Redaction() {}

    static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, "***");
            }
        }
        return result;
    }
}
