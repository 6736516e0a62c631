package dev.connectorconsole.ui;

import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.session.ConnectorAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The connector profiles by admin address: which one a session is to, and pinning a trusted certificate in it. */
final class ProfileAddresses {
    private ProfileAddresses() {}

    /**
     * The name the backups of the connector at {@code at} are kept under: its container's when it has one here (as the
     * backups taken before an upgrade), else its profile's, else its address.
     */
    static String backupName(AppSettings settings, ConnectorEndpoint at) {
        if (at == null) {
            return "unknown";
        }
        return settings.profiles().stream()
                .filter(p -> sameAddress(p.adminUrl(), "https://" + at.host() + ":" + at.port())).findFirst()
                .map(p -> p.container() == null || p.container().isBlank() ? p.name() : p.container())
                .orElse(at.host() + "_" + at.port());
    }

    static AppSettings withPinned(AppSettings current, String adminUrl, String user, String sha256) {
        List<ConnectorProfile> profiles = new ArrayList<>();
        boolean found = false;
        for (ConnectorProfile profile : current.profiles()) {
            if (!found && sameAddress(profile.adminUrl(), adminUrl)) {
                profiles.add(profile.withPinnedSha256(sha256));
                found = true;
            } else {
                profiles.add(profile);
            }
        }
        if (!found) {
            URI uri = URI.create(adminUrl);
            profiles.add(0, ConnectorProfile.remote(uri.getHost() + ":" + uri.getPort(), adminUrl, user)
                    .withPinnedSha256(sha256));
        }
        return current.withProfiles(profiles);
    }

    static boolean sameAddress(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        URI x = URI.create(a);
        URI y = URI.create(b);
        return x.getPort() == y.getPort() && ConnectorAddress.sameHost(x.getHost(), y.getHost());
    }
}
