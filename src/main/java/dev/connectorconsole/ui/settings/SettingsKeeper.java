package dev.connectorconsole.ui.settings;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/**
 * The app's current settings as an observable value. Changes show at once and are written to disk in the background
 * (atomically by {@link SettingsStore}); when saves pile up, the newest settings win.
 */
public final class SettingsKeeper {
    private final SettingsStore store;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<AppSettings> current;
    private final AtomicReference<AppSettings> unsaved = new AtomicReference<>();

    public SettingsKeeper(SettingsStore store, AppSettings initial, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
        this.current = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<AppSettings> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public AppSettings current() {
        return current.get();
    }

    public void update(UnaryOperator<AppSettings> change, Runnable onSaved, Consumer<String> onFailure) {
        save(change.apply(current.get()), onSaved, onFailure);
    }

    /** Makes {@code settings} current and writes them; exactly one of the callbacks runs on the FX thread. */
    public void save(AppSettings settings, Runnable onSaved, Consumer<String> onFailure) {
        current.set(settings);
        unsaved.set(settings);
        tasks.submit("save settings", () -> {
            AppSettings latest = unsaved.getAndSet(null);
            if (latest != null) {
                store.save(latest);
            }
            return latest;
        }, saved -> onSaved.run(), failure -> onFailure.accept(failure instanceof IllegalArgumentException
                ? failure.getMessage()
                : "Settings could not be written to " + store.file() + ": " + failure.getMessage()));
    }

    public String file() {
        return store.file().toString();
    }
}
