package dev.connectorconsole.ui.access;

import dev.connectorconsole.app.ProfileReach;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The connector profiles access control can be copied to, with where their passwords are remembered. */
public record OtherProfiles(Supplier<List<ConnectorProfile>> profiles, CompletableFuture<SecretStore> secrets,
                            BackgroundTasks tasks) {
    public static OtherProfiles none() {
        return new OtherProfiles(List::of, CompletableFuture.completedFuture(null), null);
    }

    /** The profiles with an admin address other than the signed-in connector's. */
    List<ConnectorProfile> besides(ConnectorEndpoint signedIn) {
        return profiles.get().stream().filter(p -> p.adminUrl() != null && !p.adminUrl().isBlank())
                .filter(p -> signedIn == null || !sameEndpoint(p, signedIn)).toList();
    }

    private static boolean sameEndpoint(ConnectorProfile profile, ConnectorEndpoint endpoint) {
        try {
            ConnectorEndpoint at = ProfileReach.endpoint(profile);
            return at.port() == endpoint.port() && ConnectorAddress.sameHost(at.host(), endpoint.host());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
