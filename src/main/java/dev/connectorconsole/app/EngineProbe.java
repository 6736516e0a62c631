package dev.connectorconsole.app;

/** Asks the configured Docker engine whether it answers. Blocking: call it through BackgroundTasks. */
@FunctionalInterface
public interface EngineProbe {
    EngineCheck check();

    /**
     * The answer: which endpoint was asked (a human phrase such as "unix:///var/run/docker.sock (default socket)"),
     * whether it answered, its version, and otherwise the one-line reason a user can act on.
     */
    record EngineCheck(String endpoint, boolean up, String version, String problem) {
        public static EngineCheck up(String endpoint, String version) {
            return new EngineCheck(endpoint, true, version, "");
        }

        public static EngineCheck down(String endpoint, String problem) {
            return new EngineCheck(endpoint, false, "", problem);
        }
    }
}
