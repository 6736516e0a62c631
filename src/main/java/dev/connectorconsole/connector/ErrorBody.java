package dev.connectorconsole.connector;

/** The connector's error body {@code {"type": "...", "message": "..."}}; either field may be null. */
record ErrorBody(String type, String message) {
    static final ErrorBody NONE = new ErrorBody(null, null);
}
