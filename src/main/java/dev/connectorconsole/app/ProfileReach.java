package dev.connectorconsole.app;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SecretStore;
import java.net.URI;
import java.util.Optional;

/**
 * Reaching a connector profile other than the signed-in one: its remembered admin password (under the profile's own
 * key, else under the key signing in remembers it by) and its pinned certificate. Blocking; call it off the FX thread.
 */
public final class ProfileReach {
    /** What is known to reach the profile; a missing password or certificate has to come from the user. */
    public record Known(Optional<Secret> password, String pinnedSha256) {
        public boolean passwordMissing() {
            return password.isEmpty();
        }

        public boolean certificateMissing() {
            return pinnedSha256 == null || pinnedSha256.isBlank();
        }

        /** A sentence saying what is missing and what to do, or "" when nothing is. */
        public String missing(String profileName) {
            if (passwordMissing() && certificateMissing()) {
                return "No password is remembered for " + profileName + " and its certificate is not trusted yet: "
                        + "check its fingerprint and enter its admin password.";
            }
            if (passwordMissing()) {
                return "No password is remembered for " + profileName + ": enter its admin password.";
            }
            return certificateMissing() ? "The certificate of " + profileName + " is not trusted yet: check its "
                    + "fingerprint before connecting." : "";
        }
    }

    private ProfileReach() {}

    public static Known known(ConnectorProfile profile, SecretStore passwords) {
        Optional<Secret> password = Optional.empty();
        if (passwords != null) {
            try {
                password = passwords.get(profile.secretKey());
                if (password.isEmpty()) {
                    ConnectorEndpoint at = endpoint(profile);
                    password = passwords.get(AdminPasswordKeys.of(at.host(), at.port(), user(profile)));
                }
            } catch (RuntimeException unreadable) {
                password = Optional.empty();
            }
        }
        return new Known(password.filter(p -> !p.isEmpty()), profile.pinnedSha256());
    }

    public static ConnectorEndpoint endpoint(ConnectorProfile profile) {
        URI url = URI.create(profile.adminUrl());
        return new ConnectorEndpoint(url.getHost(), url.getPort() < 0 ? 443 : url.getPort());
    }

    public static String user(ConnectorProfile profile) {
        return profile.user() == null || profile.user().isBlank() ? "Administrator" : profile.user();
    }

    /** The certificate the profile's connector presents now, read without trusting it or sending a password. */
    public static ServerCertificate certificate(ConnectorProfile profile) {
        ConnectorEndpoint at = endpoint(profile);
        return CertificateProbe.fetch(at.host(), at.port());
    }

    /** A client pinned to {@code pinnedSha256}; nothing is sent until it is used. */
    public static SccClient open(ConnectorProfile profile, Secret password, String pinnedSha256) {
        return new SccClient(endpoint(profile), new Credentials(user(profile), password),
                TrustSettings.pinned(pinnedSha256));
    }
}
