package dev.connectorconsole.connector;

import java.util.Locale;

/** An HTTP answer read completely: status, media type and body text. */
record Answer(int status, String contentType, String body) {
    boolean successful() {
        return status >= 200 && status <= 299;
    }

    /** The connector answers an expired or refused session with its HTML login page and status 200. */
    boolean isHtml() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }
}
