package dev.connectorconsole.sandbox;

/** An answer in the connector's error format: HTTP status plus body {@code {"type":..., "message":...}}. */
final class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String allow;

    ApiException(int status, String type, String message) {
        this(status, type, message, null);
    }

    private ApiException(int status, String type, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.allow = allow;
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    /** Value of the Allow header for a 405, otherwise null. */
    String allow() {
        return allow;
    }

    static ApiException invalidRequest(String message) {
        return new ApiException(400, "INVALID_REQUEST", message);
    }

    static ApiException forbidden(String message) {
        return new ApiException(403, "FORBIDDEN_REQUEST", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message);
    }

    static ApiException illegalState(String message) {
        return new ApiException(409, "ILLEGAL_STATE", message);
    }

    static ApiException invalidConfiguration(String message) {
        return new ApiException(409, "INVALID_CONFIGURATION", message);
    }

    static ApiException methodNotAllowed(String allow) {
        return new ApiException(405, "ERROR", "Method not allowed on this resource. Allowed: " + allow, allow);
    }

    static ApiException subaccountNotFound(String regionHost, String subaccount) {
        return notFound("Subaccount with value '" + subaccount + "@" + regionHost + "' does not exist");
    }
}
