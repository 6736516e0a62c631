package dev.connectorconsole.engine;

/** The result of one engine check: which engine, and its info when it answers or the failure when not. */
public record EngineHealth(EngineEndpoint endpoint, EngineInfo info, EngineException failure) {
    public boolean up() {
        return info != null;
    }

    /** "Docker 20.10.24 (API 1.41, linux/amd64) at unix:///var/run/docker.sock (default socket)", or the failure sentence. */
    public String describe() {
        return up() ? info.describe() + " at " + endpoint.describe() : failure.getMessage();
    }

    boolean sameAs(EngineHealth other) {
        if (other == null || up() != other.up()) {
            return false;
        }
        return up() ? info.equals(other.info) : failure.kind() == other.failure.kind()
                && failure.getMessage().equals(other.failure.getMessage());
    }
}
