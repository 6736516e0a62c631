package dev.connectorconsole.ui;

import dev.connectorconsole.app.BackupFirst;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.session.AdminUrl;
import java.util.Objects;
import java.util.Optional;

/** Whom "Back up first" signs in to for the container shown: its profile's address, user and pinned certificate. */
final class BackupTargets {
    private BackupTargets() {}

    static BackupFirst.Target of(AppSettings settings, String container, int port) {
        Optional<ConnectorProfile> profile = profileOf(settings, container);
        ConnectorEndpoint endpoint = profile.flatMap(p -> AdminUrl.parse(p.adminUrl()))
                .orElse(new ConnectorEndpoint("localhost", port));
        return new BackupFirst.Target(container, endpoint, profile.map(ConnectorProfile::user).orElse(null),
                profile.map(ConnectorProfile::pinnedSha256).orElse(null));
    }

    /** The settings with {@code sha256} pinned in the container's profile; unchanged when it has none. */
    static AppSettings pinned(AppSettings current, String container, String sha256) {
        if (profileOf(current, container).isEmpty()) {
            return current;
        }
        return current.withProfiles(current.profiles().stream()
                .map(p -> Objects.equals(p.container(), container) ? p.withPinnedSha256(sha256) : p).toList());
    }

    private static Optional<ConnectorProfile> profileOf(AppSettings settings, String container) {
        return settings.profiles().stream().filter(p -> Objects.equals(p.container(), container)).findFirst();
    }
}
