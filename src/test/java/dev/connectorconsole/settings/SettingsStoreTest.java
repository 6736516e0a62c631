package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorconsole.common.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir, CLOCK);
    }

    private static ConnectorProfile profile(String name, int port) {
        return new ConnectorProfile(name, "sapcc:2.19.1", "scc-" + name, port, "https://localhost:" + port,
                "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
                "Administrator");
    }

    @Test
    void aFirstStartGetsTheDefaultsQuietly() {
        LoadResult result = store().load();

        assertThat(result.warning()).isEmpty();
        AppSettings settings = result.settings();
        assertThat(settings.logBufferLines()).isEqualTo(100_000);
        assertThat(settings.refreshSeconds()).isEqualTo(10);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.engine().mode()).isEqualTo(EngineMode.AUTOMATIC);
        assertThat(settings.profiles()).isEmpty();
        assertThat(settings.firstRunDone()).isFalse();
        assertThat(settings.window()).isNull();
    }

    @Test
    void whatIsSavedIsWhatLoads() throws IOException {
        AppSettings saved = AppSettings.defaults()
                .withEngine(new EngineSettings(EngineMode.HOST, "tcp://build-host:2376", true, "/home/me/.docker/certs"))
                .withProfiles(List.of(profile("dev", 8443), profile("qa", 9443)))
                .withTheme(Theme.DARK)
                .withLogBufferLines(250_000)
                .withRefreshSeconds(30)
                .withWindow(new WindowBounds(40, 60, 1280, 800, true))
                .withFirstRunDone(true);

        store().save(saved);
        LoadResult loaded = new SettingsStore(dir).load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(saved);
    }

    @Test
    void savingLeavesOnlyTheSettingsFileReadableByItsOwner() throws IOException {
        store().save(AppSettings.defaults());
        store().save(AppSettings.defaults().withTheme(Theme.DARK));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store().file()))).isEqualTo("rw-------");
        assertThat(store().load().settings().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aCorruptFileIsSetAsideAndDefaultsAreUsed() throws IOException {
        Files.writeString(store().file(), "{\"theme\": \"DARK\", \"profiles\": [ {\"name\": ");

        LoadResult result = store().load();

        Path aside = dir.resolve("settings.json.corrupt-20261125-021500");
        assertThat(result.settings()).isEqualTo(AppSettings.defaults());
        assertThat(result.warning()).get().asString()
                .startsWith("Your settings could not be loaded because it is not valid settings JSON at line 1")
                .contains("The file was kept as " + aside + " and default settings are used.");
        assertThat(aside).hasContent("{\"theme\": \"DARK\", \"profiles\": [ {\"name\": ");
        assertThat(store().file()).doesNotExist();
    }

    @Test
    void aSecondCorruptFileInTheSameSecondDoesNotOverwriteTheFirst() throws IOException {
        Files.writeString(store().file(), "first");
        store().load();
        Files.writeString(store().file(), "second");

        store().load();

        assertThat(dir.resolve("settings.json.corrupt-20261125-021500")).hasContent("first");
        assertThat(dir.resolve("settings.json.corrupt-20261125-021500-2")).hasContent("second");
    }

    @Test
    void anUnreadableSettingsFileIsSetAsideToo() throws IOException {
        Files.createDirectories(store().file());

        LoadResult result = store().load();

        assertThat(result.settings()).isEqualTo(AppSettings.defaults());
        assertThat(result.warning()).get().asString().contains("could not be loaded");
        assertThat(dir.resolve("settings.json.corrupt-20261125-021500")).isDirectory();
    }

    @Test
    void jsonThatIsNotAnObjectIsSetAside() throws IOException {
        Files.writeString(store().file(), "[1, 2, 3]");

        assertThat(store().load().warning()).get().asString()
                .startsWith("Your settings could not be loaded because it holds no settings object.");
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws IOException {
        Files.writeString(store().file(), """
                {"formatVersion": 7, "theme": "DARK", "telemetry": {"enabled": false},
                 "profiles": [{"name": "dev", "image": "sapcc:2.19.1", "container": "scc-dev", "hostPort": 8443,
                               "user": "Administrator", "colour": "teal"}]}
                """);

        LoadResult result = store().load();

        assertThat(result.warning()).isEmpty();
        assertThat(result.settings().theme()).isEqualTo(Theme.DARK);
        assertThat(result.settings().profiles()).extracting(ConnectorProfile::name).containsExactly("dev");
        assertThat(result.settings().logBufferLines()).isEqualTo(100_000);
    }

    @Test
    void outOfRangeValuesAreResetAndSaid() throws IOException {
        Files.writeString(store().file(), """
                {"logBufferLines": 50, "refreshSeconds": 0,
                 "profiles": [{"name": "dev", "image": "sapcc:2.19.1", "container": "scc-dev", "hostPort": 70000},
                              {"name": "qa", "image": "sapcc:2.19.1", "container": "scc-qa", "hostPort": 9443}]}
                """);

        LoadResult result = store().load();

        assertThat(result.settings().logBufferLines()).isEqualTo(100_000);
        assertThat(result.settings().refreshSeconds()).isEqualTo(10);
        assertThat(result.settings().profiles()).extracting(ConnectorProfile::name).containsExactly("qa");
        assertThat(result.warning()).get().asString()
                .contains("Log buffer of 50 lines was out of range: using 100000")
                .contains("Refresh interval of 0 s was out of range: using 10 s")
                .contains("Profile 'dev': port 70000 is outside 1–65535: profile left out");
    }

    @Test
    void invalidSettingsAreNotSavedAndTheFileStaysAsItWas() throws IOException {
        store().save(AppSettings.defaults().withTheme(Theme.DARK));
        String before = Files.readString(store().file());
        AppSettings invalid = AppSettings.defaults()
                .withLogBufferLines(10)
                .withProfiles(List.of(profile("dev", 8443), profile("dev", 0)));

        assertThatThrownBy(() -> store().save(invalid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Settings not saved: Log buffer of 10 lines is outside 1000–2000000 lines;"
                        + " Profile 'dev': port 0 is outside 1–65535; Two connector profiles are named 'dev'");
        assertThat(store().file()).hasContent(before);
    }

    @Test
    void noPasswordEverReachesTheSettingsFile() throws IOException {
        InMemorySecretStore secrets = new InMemorySecretStore("test");
        ConnectorProfile dev = profile("dev", 8443);
        secrets.put(dev.secretKey(), new Secret("s3cr3t-Pa55word"));
        store().save(AppSettings.defaults().withProfiles(List.of(dev)));

        String json = Files.readString(store().file());
        assertThat(json).doesNotContain("s3cr3t-Pa55word");
        List<String> keys = new ArrayList<>();
        collectKeys(new ObjectMapper().readTree(json), keys);
        assertThat(keys).isNotEmpty().noneMatch(key -> key.toLowerCase().matches(".*(pass|secret|token|credential).*"));
    }

    private static void collectKeys(JsonNode node, List<String> keys) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            keys.add(name);
            collectKeys(node.get(name), keys);
        }
        for (JsonNode element : node) {
            if (element.isContainerNode()) {
                collectKeys(element, keys);
            }
        }
    }
}
