package dev.connectorconsole.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the app reads from the outside world: the process environment (DOCKER_HOST, DOCKER_CONFIG, …) and its
 * folders. Tests pass their own, so a test can point DOCKER_HOST at a dead socket or use a temporary config folder.
 */
public record AppEnvironment(Map<String, String> env, Path configDir, Path dockerConfigDir) {
    public AppEnvironment {
        env = Map.copyOf(env);
    }

    public static AppEnvironment fromSystem(Path configDir) {
        Map<String, String> env = System.getenv();
        String dockerConfig = env.get("DOCKER_CONFIG");
        Path dockerDir = dockerConfig != null && !dockerConfig.isBlank()
                ? Path.of(dockerConfig)
                : Path.of(System.getProperty("user.home"), ".docker");
        return new AppEnvironment(env, configDir, dockerDir);
    }
}
