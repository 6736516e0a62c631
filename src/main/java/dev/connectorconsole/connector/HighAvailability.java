package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.util.Objects;

/**
 * The high-availability calls of one connector (scc-api.md §4.8): its role, a master's settings and view of its shadow,
 * a shadow's settings and link to its master. Errors are {@link SccException}s like every call of {@link SccClient}.
 */
public final class HighAvailability {
    private final SccClient client;

    HighAvailability(SccClient client) {
        this.client = client;
    }

    public HaRole role() {
        return HaRole.fromApi(client.haRole());
    }

    /** Chooses the role once; "shadow" on a master with a connected shadow switches the roles. */
    public void setRole(HaRole role) {
        if (role == HaRole.UNDEFINED) {
            throw new IllegalArgumentException("a connector's role can only be set to master or shadow");
        }
        client.setHaRole(role.apiValue());
    }

    public MasterHaConfig masterConfig() {
        return client.json("GET", client.haUrl("ha/master/config"), null, "the master's HA settings", HaParser::masterConfig);
    }

    public void setMasterConfig(MasterHaConfig config) {
        client.noContent("PUT", client.haUrl("ha/master/config"), HaParser.masterConfigBody(config));
    }

    public MasterHaState masterState() {
        return client.json("GET", client.haUrl("ha/master/state"), null, "the master's HA state", HaParser::masterState);
    }

    /** Asks the connected shadow to take over; this master becomes its shadow. */
    public void switchRoles() {
        client.noContent("POST", client.haUrl("ha/master/state"), HaParser.operation("SWITCH"));
    }

    /** Makes this master a shadow even when no shadow answers. */
    public void becomeShadow() {
        client.noContent("POST", client.haUrl("ha/master/state"), HaParser.operation("FORCE_SWITCH"));
    }

    public void resetMaster() {
        client.noContent("DELETE", client.haUrl("ha/master/state"), null);
    }

    public ShadowHaConfig shadowConfig() {
        return client.json("GET", client.haUrl("ha/shadow/config"), null, "the shadow's HA settings", HaParser::shadowConfig);
    }

    /** Saves the shadow's settings and returns them as the connector keeps them. */
    public ShadowHaConfig setShadowConfig(ShadowHaConfig config) {
        return client.json("PUT", client.haUrl("ha/shadow/config"), HaParser.shadowConfigBody(config),
                "the shadow's HA settings", HaParser::shadowConfig);
    }

    public ShadowHaState shadowState() {
        return client.json("GET", client.haUrl("ha/shadow/state"), null, "the shadow's HA state", HaParser::shadowState);
    }

    /** Connects this shadow to its master with the master's admin credentials (needed only the first time). */
    public void connectToMaster(String user, Secret password) {
        Objects.requireNonNull(password, "password");
        client.noContent("POST", client.haUrl("ha/shadow/state"), RequestBodies.shadowConnect(user, password), password);
    }

    public void disconnectFromMaster() {
        client.noContent("POST", client.haUrl("ha/shadow/state"), HaParser.operation("DISCONNECT"));
    }

    public void resetShadow() {
        client.noContent("DELETE", client.haUrl("ha/shadow/state"), null);
    }
}
