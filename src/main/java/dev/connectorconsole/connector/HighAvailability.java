package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The high-availability calls of one connector (scc-api.md §4.8): its role, a master's settings and view of its shadow,
 * a shadow's settings and link to its master. Errors are {@link SccException}s like every call of {@link SccClient}.
 */
public final class HighAvailability {
    private final AdminCalls calls;

    HighAvailability(AdminCalls calls) {
        this.calls = calls;
    }

    public HaRole role() {
        return HaRole.fromApi(roleName());
    }

    /** Chooses the role once; "shadow" on a master with a connected shadow switches the roles. */
    public void setRole(HaRole role) {
        if (role == HaRole.UNDEFINED) {
            throw new IllegalArgumentException("a connector's role can only be set to master or shadow");
        }
        setRoleName(role.apiValue());
    }

    /** "master", "shadow", or null while the role is undefined (the connector answers "undefined"). */
    String roleName() {
        return calls.json("GET", url("haRole"), null, "the HA role", ResponseParser::haRole);
    }

    void setRoleName(String role) {
        calls.noContent("POST", url("haRole"), RequestBodies.jsonString(role));
    }

    public MasterHaConfig masterConfig() {
        return calls.json("GET", url("ha/master/config"), null, "the master's HA settings", HaParser::masterConfig);
    }

    public void setMasterConfig(MasterHaConfig config) {
        calls.noContent("PUT", url("ha/master/config"), HaParser.masterConfigBody(config));
    }

    public MasterHaState masterState() {
        return calls.json("GET", url("ha/master/state"), null, "the master's HA state", HaParser::masterState);
    }

    /** Asks the connected shadow to take over; this master becomes its shadow. */
    public void switchRoles() {
        calls.noContent("POST", url("ha/master/state"), HaParser.operation("SWITCH"));
    }

    /** Makes this master a shadow even when no shadow answers. */
    public void becomeShadow() {
        calls.noContent("POST", url("ha/master/state"), HaParser.operation("FORCE_SWITCH"));
    }

    public void resetMaster() {
        calls.noContent("DELETE", url("ha/master/state"), null);
    }

    public ShadowHaConfig shadowConfig() {
        return calls.json("GET", url("ha/shadow/config"), null, "the shadow's HA settings", HaParser::shadowConfig);
    }

    /** Saves the shadow's settings and returns them as the connector keeps them. */
    public ShadowHaConfig setShadowConfig(ShadowHaConfig config) {
        return calls.json("PUT", url("ha/shadow/config"), HaParser.shadowConfigBody(config),
                "the shadow's HA settings", HaParser::shadowConfig);
    }

    public ShadowHaState shadowState() {
        return calls.json("GET", url("ha/shadow/state"), null, "the shadow's HA state", HaParser::shadowState);
    }

    /** Connects this shadow to its master with the master's admin credentials (needed only the first time). */
    public void connectToMaster(String user, Secret password) {
        Objects.requireNonNull(password, "password");
        calls.noContent("POST", url("ha/shadow/state"), RequestBodies.shadowConnect(user, password), password);
    }

    public void disconnectFromMaster() {
        calls.noContent("POST", url("ha/shadow/state"), HaParser.operation("DISCONNECT"));
    }

    public void resetShadow() {
        calls.noContent("DELETE", url("ha/shadow/state"), null);
    }

    private HttpUrl url(String path) {
        return calls.url("api/v1/configuration/connector/" + path).build();
    }
}
