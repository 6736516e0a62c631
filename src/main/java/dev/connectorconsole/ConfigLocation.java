package dev.connectorconsole;

import java.nio.file.Path;

/** Where the app keeps settings and its log until the settings package provides ConfigDirs. */
final class ConfigLocation {
    private ConfigLocation() {}

    static Path configDir() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("connector-console");
    }
}
