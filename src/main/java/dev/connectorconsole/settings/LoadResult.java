package dev.connectorconsole.settings;

import java.util.Objects;
import java.util.Optional;

/** Settings as loaded, and a sentence for the user when something had to be set aside or repaired. */
public record LoadResult(AppSettings settings, Optional<String> warning) {
    public LoadResult {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(warning, "warning");
    }
}
