package dev.connectorconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

class LazyScreenTest {
    private final List<String> events = new ArrayList<>();

    private Screen built() {
        events.add("built");
        return new Screen() {
            @Override public String title() { return "Logs"; }
            @Override public Ikon icon() { return Feather.FILE_TEXT; }
            @Override public Node view() { throw new UnsupportedOperationException(); }
            @Override public void activate() { events.add("activate"); }
            @Override public void deactivate() { events.add("deactivate"); }
            @Override public void refresh() { events.add("refresh"); }
        };
    }

    private static Screen welcome() {
        return new Screen() {
            @Override public String title() { return "Welcome"; }
            @Override public Ikon icon() { return Feather.HOME; }
            @Override public Node view() { throw new UnsupportedOperationException(); }
        };
    }

    @Test
    void theSidebarEntryNeedsNoScreenAndLeavingOneNeverShownBuildsNothing() {
        LazyScreen<Screen> logs = LazyScreen.of("Logs", Feather.FILE_TEXT, this::built);

        assertThat(logs.title()).isEqualTo("Logs");
        assertThat(logs.icon()).isEqualTo(Feather.FILE_TEXT);
        logs.deactivate();
        logs.refresh();

        assertThat(events).isEmpty();
        assertThat(logs.isBuilt()).isFalse();
    }

    @Test
    void theScreenIsBuiltOnceWhenFirstShownAndThenGetsEveryHook() {
        LazyScreen<Screen> logs = LazyScreen.of("Logs", Feather.FILE_TEXT, this::built);
        Navigation navigation = new Navigation(welcome(), List.of(logs));

        navigation.show(logs);
        navigation.refreshCurrent();
        navigation.showStart();
        navigation.show(logs);

        assertThat(events).containsExactly("built", "activate", "refresh", "deactivate", "activate");
        assertThat(logs.get()).isSameAs(logs.get());
    }
}
