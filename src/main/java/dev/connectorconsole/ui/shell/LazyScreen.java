package dev.connectorconsole.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * A sidebar entry whose screen is built the first time it is shown, so the window's first frame builds only the
 * screen it shows. Title and icon are known before; everything else waits for {@link #get()}.
 */
public final class LazyScreen<S extends Screen> implements Screen {
    private final String title;
    private final Ikon icon;
    private final Supplier<S> factory;
    private S screen;

    private LazyScreen(String title, Ikon icon, Supplier<S> factory) {
        this.title = Objects.requireNonNull(title, "title");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    public static <S extends Screen> LazyScreen<S> of(String title, Ikon icon, Supplier<S> factory) {
        return new LazyScreen<>(title, icon, factory);
    }

    /** The screen, built now if it was not yet (FX thread). */
    public S get() {
        if (screen == null) {
            screen = factory.get();
        }
        return screen;
    }

    public boolean isBuilt() {
        return screen != null;
    }

    @Override public String title() { return title; }
    @Override public Ikon icon() { return icon; }
    @Override public Node view() { return get().view(); }
    @Override public void activate() { get().activate(); }

    @Override
    public void deactivate() {
        if (screen != null) {
            screen.deactivate();
        }
    }

    @Override
    public void refresh() {
        if (screen != null) {
            screen.refresh();
        }
    }
}
