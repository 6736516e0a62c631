package dev.connectorconsole.ui.shell;

/** Short-lived messages about things that finished or changed (builds, state changes, failures). */
public interface Notifier {
    void info(String title, String text);

    void success(String title, String text);

    void failure(String title, String text);
}
