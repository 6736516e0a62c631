package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirsTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgConfigHome() {
        assertThat(ConfigDirs.forCurrentOs(Map.of("XDG_CONFIG_HOME", "/data/config"), "Linux", HOME))
                .isEqualTo(Path.of("/data/config/connector-console"));
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgIsUnsetOrRelative() {
        assertThat(ConfigDirs.forCurrentOs(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.config/connector-console"));
        assertThat(ConfigDirs.forCurrentOs(Map.of("XDG_CONFIG_HOME", "relative/config"), "Linux", HOME))
                .isEqualTo(Path.of("/home/ada/.config/connector-console"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";
        assertThat(ConfigDirs.forCurrentOs(Map.of("APPDATA", appData), "Windows 11", HOME))
                .isEqualTo(Path.of(appData).resolve("Connector Console"));
        assertThat(ConfigDirs.forCurrentOs(Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Connector Console"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(ConfigDirs.forCurrentOs(Map.of("XDG_CONFIG_HOME", "/ignored"), "Mac OS X", Path.of("/Users/ada")))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Connector Console"));
    }
}
