package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminReachSettingsTest {
    @TempDir
    Path dir;

    @Test
    void eachChoiceIsSavedAndLoadsAgain() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        for (AdminReach reach : new AdminReach[] {AdminReach.thisComputerOnly(),
                new AdminReach(AdminReach.Scope.ALL_INTERFACES, null),
                new AdminReach(AdminReach.Scope.ONE_ADDRESS, "192.168.1.20")}) {
            store.save(AppSettings.defaults().withAdminReach(reach));

            LoadResult loaded = store.load();

            assertThat(loaded.warning()).isEmpty();
            assertThat(loaded.settings().adminReach()).isEqualTo(reach);
        }
        assertThat(store.load().settings().adminReach().requestedIp()).isEqualTo("192.168.1.20");
    }

    @Test
    void anOlderFileWithoutTheChoicePublishesForThisComputerOnly() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{ \"formatVersion\": 1, \"theme\": \"DARK\", \"refreshSeconds\": 5 }");

        LoadResult loaded = store.load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings().theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.settings().adminReach().scope()).isEqualTo(AdminReach.Scope.THIS_COMPUTER);
        assertThat(loaded.settings().adminReach().requestedIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void aSavedAddressThatIsNoAddressFallsBackToThisComputerAndSaysSo() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{ \"adminReach\": { \"scope\": \"ONE_ADDRESS\", \"address\": \"lan-host\" } }");

        LoadResult loaded = store.load();

        assertThat(loaded.settings().adminReach()).isEqualTo(AdminReach.thisComputerOnly());
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("'lan-host' is not an IPv4 address").contains("this computer only"));
    }

    @Test
    void anInvalidAddressIsNotSaved() {
        AppSettings settings = AppSettings.defaults().withAdminReach(new AdminReach(AdminReach.Scope.ONE_ADDRESS, "300.1.1.1"));

        assertThat(settings.problems()).containsExactly(
                "Admin port address: '300.1.1.1' is not an IPv4 address such as 192.168.1.20");
        assertThat(AdminReach.addressProblem(" ")).startsWith("Enter an IPv4 address");
        assertThat(AdminReach.addressProblem("10.0.0.7")).isEmpty();
    }
}
