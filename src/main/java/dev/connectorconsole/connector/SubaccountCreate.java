package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.util.Objects;

/**
 * What the connector needs to add (and connect) a subaccount: either region host, subaccount id, cloud user and
 * cloud password, or the opaque {@code authenticationData} downloaded from the BTP cockpit (connector 2.17+).
 * Optional fields may be null. The secrets print as "***" in toString().
 */
public record SubaccountCreate(String regionHost, String subaccount, String cloudUser, Secret cloudPassword,
                               String displayName, String locationID, String description, Boolean autoCertRenewal,
                               Secret authenticationData) {
    public SubaccountCreate {
        if (authenticationData == null) {
            Objects.requireNonNull(regionHost, "regionHost");
            Objects.requireNonNull(subaccount, "subaccount");
            Objects.requireNonNull(cloudUser, "cloudUser");
            Objects.requireNonNull(cloudPassword, "cloudPassword");
        }
    }

    /** Classic form: the connector logs on to the region with the cloud user's credentials. */
    public SubaccountCreate(String regionHost, String subaccount, String cloudUser, Secret cloudPassword,
                            String displayName, String locationID, String description, Boolean autoCertRenewal) {
        this(regionHost, subaccount, cloudUser, cloudPassword, displayName, locationID, description, autoCertRenewal,
                null);
    }

    /** Form with the authentication data file's content instead of region, id and credentials. */
    public static SubaccountCreate usingAuthenticationData(Secret authenticationData, String displayName,
                                                           String locationID, String description,
                                                           Boolean autoCertRenewal) {
        Objects.requireNonNull(authenticationData, "authenticationData");
        return new SubaccountCreate(null, null, null, null, displayName, locationID, description, autoCertRenewal,
                authenticationData);
    }

    public boolean usesAuthenticationData() {
        return authenticationData != null;
    }
}
