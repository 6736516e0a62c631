package dev.connectorconsole.sandbox;

/** {@code /exposed?action=...}: the unauthenticated probes. */
final class ExposedProbe {
    /** A probe answer: status, content type and body text. */
    record Answer(int status, String contentType, String body) {}

    private final StateStore store;

    ExposedProbe(StateStore store) {
        this.store = store;
    }

    Answer answer(String method, String action) {
        if (!method.equals("GET")) {
            throw ApiException.methodNotAllowed("GET");
        }
        boolean master = store.read(state -> "master".equals(state.haRole));
        if (action == null) {
            throw ApiException.invalidRequest("Parameter 'action' is missing");
        }
        return switch (action) {
            case "ping" -> new Answer(200, "text/plain", "OK");
            case "hasMasterRole" -> new Answer(200, "application/json", Boolean.toString(master));
            case "ensureMasterRole" -> {
                if (!master) {
                    throw ApiException.illegalState("This instance does not have the master role");
                }
                yield new Answer(200, "application/json", "true");
            }
            default -> throw ApiException.invalidRequest("Unknown action '" + action + "'");
        };
    }
}
