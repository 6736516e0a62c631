package dev.connectorconsole.settings;

public enum Theme {
    LIGHT,
    DARK
}
