package dev.connectorconsole.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the Docker engine the way the docker CLI does:
 * <ol>
 *   <li>DOCKER_HOST (with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, which defaults to the config folder);</li>
 *   <li>else DOCKER_CONTEXT, else {@code currentContext} of config.json, looked up in the context store;</li>
 *   <li>else the default socket unix:///var/run/docker.sock, or on Windows the named pipe
 *       npipe:////./pipe/docker_engine (docker-java's defaults).</li>
 * </ol>
 * The context named "default" means that default endpoint, as in the CLI.
 */
public final class EngineLocator {
    private EngineLocator() {}

    /** Locates the engine for this process: its environment and $DOCKER_CONFIG or ~/.docker. */
    public static EngineEndpoint locate() {
        Map<String, String> env = System.getenv();
        return locate(env, dockerConfigDir(env));
    }

    public static EngineEndpoint locate(Map<String, String> env, Path dockerConfigDir) {
        return locate(env, dockerConfigDir, System.getProperty("os.name"));
    }

    /** @param osName as {@code os.name} reports it; decides the default endpoint */
    public static EngineEndpoint locate(Map<String, String> env, Path dockerConfigDir, String osName) {
        String dockerHost = nonBlank(env.get("DOCKER_HOST"));
        if (dockerHost != null) {
            boolean verify = nonBlank(env.get("DOCKER_TLS_VERIFY")) != null;
            String certPath = nonBlank(env.get("DOCKER_CERT_PATH"));
            Path certs = certPath != null ? Path.of(certPath) : (verify ? dockerConfigDir : null);
            return new EngineEndpoint(URI.create(dockerHost), "DOCKER_HOST", verify, verify ? certs : null);
        }
        DockerContextStore store = new DockerContextStore(dockerConfigDir);
        String context = nonBlank(env.get("DOCKER_CONTEXT"));
        if (context == null) {
            context = store.currentContext().orElse(null);
        }
        if (context == null || context.equals("default")) {
            return EngineEndpoint.defaultFor(osName);
        }
        return store.endpoint(context);
    }

    /** $DOCKER_CONFIG, else ~/.docker. */
    public static Path dockerConfigDir(Map<String, String> env) {
        String configured = nonBlank(env.get("DOCKER_CONFIG"));
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".docker");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
