package dev.connectorconsole.engine;

/** What the engine says about itself (GET /version). */
public record EngineInfo(String version, String apiVersion, String os, String arch) {
    /** "Docker 20.10.24 (API 1.41, linux/amd64)". */
    public String describe() {
        return "Docker " + version + " (API " + apiVersion + ", " + os + "/" + arch + ")";
    }
}
