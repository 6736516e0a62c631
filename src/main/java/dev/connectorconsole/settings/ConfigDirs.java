package dev.connectorconsole.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its settings, following each operating system's convention. */
public final class ConfigDirs {
    static final String APP_FOLDER_UNIX = "connector-console";
    static final String APP_FOLDER_DESKTOP = "Connector Console";

    private ConfigDirs() {}

    /** For the running JVM: its environment, {@code os.name} and {@code user.home}. */
    public static Path forCurrentOs() {
        return forCurrentOs(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux and other Unix: {@code $XDG_CONFIG_HOME/connector-console} (when set to an absolute path) or
     * {@code ~/.config/connector-console}; Windows: {@code %APPDATA%\Connector Console}; macOS:
     * {@code ~/Library/Application Support/Connector Console}.
     */
    public static Path forCurrentOs(Map<String, String> env, String osName, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(APP_FOLDER_DESKTOP);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER_DESKTOP);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says relative values are invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(APP_FOLDER_UNIX);
        }
        return home.resolve(".config").resolve(APP_FOLDER_UNIX);
    }
}
