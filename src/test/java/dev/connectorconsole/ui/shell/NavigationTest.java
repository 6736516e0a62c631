package dev.connectorconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

class NavigationTest {
    private final List<String> events = new ArrayList<>();

    private Screen screen(String name) {
        return new Screen() {
            @Override public String title() { return name; }
            @Override public Ikon icon() { return Feather.BOX; }
            @Override public Node view() { throw new UnsupportedOperationException(); }
            @Override public void activate() { events.add("+" + name); }
            @Override public void deactivate() { events.add("-" + name); }
            @Override public void refresh() { events.add("refresh " + name); }
        };
    }

    @Test
    void leavingAScreenDeactivatesItBeforeTheNextOneActivates() {
        Screen start = screen("start");
        Screen a = screen("a");
        Screen b = screen("b");
        Navigation navigation = new Navigation(start, List.of(a, b));
        navigation.showStart();
        navigation.show(1);
        navigation.show(1);
        navigation.refreshCurrent();
        navigation.show(a);
        navigation.deactivateCurrent();
        assertThat(events).containsExactly("+start", "-start", "+b", "refresh b", "-b", "+a", "-a");
        assertThat(navigation.current()).isSameAs(a);
    }
}
