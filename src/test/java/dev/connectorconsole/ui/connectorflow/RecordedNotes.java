package dev.connectorconsole.ui.connectorflow;

import dev.connectorconsole.ui.shell.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The notifications the app showed, as "title: text", in the order shown. */
final class RecordedNotes implements Notifier {
    private final List<String> shown = new CopyOnWriteArrayList<>();

    List<String> shown() {
        return shown;
    }

    @Override public void info(String title, String text) { shown.add(title + ": " + text); }

    @Override public void success(String title, String text) { shown.add(title + ": " + text); }

    @Override public void failure(String title, String text) { shown.add(title + ": " + text); }
}
