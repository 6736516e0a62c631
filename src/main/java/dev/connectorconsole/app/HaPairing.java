package dev.connectorconsole.app;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.HighAvailability;
import dev.connectorconsole.connector.MasterHaConfig;
import dev.connectorconsole.connector.MasterHaState;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.ShadowHaConfig;
import dev.connectorconsole.connector.ShadowHaState;
import java.util.List;
import java.util.Objects;

/**
 * Makes a high-availability pair from a running master and a second connector: HA enabled on the master, the second
 * one given the shadow role if it has none, pointed at the master, and connected with the master's admin
 * credentials. Reads both instances' roles and states, and switches roles. Blocking; call it off the FX thread.
 */
public final class HaPairing {
    /** Where the shadow finds its master and how quickly it takes over. */
    public record ShadowSettings(String masterHost, int masterPort, String ownHost, int checkIntervalSeconds,
                                 int takeoverDelaySeconds) {}

    private final SccClient first;
    private final SccClient second;

    /** {@code first} is the running master; {@code second} the connector that becomes its shadow (may be null to read one). */
    public HaPairing(SccClient first, SccClient second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = second;
    }

    public void pair(ShadowSettings settings, String masterUser, Secret masterPassword) {
        Objects.requireNonNull(second, "a second connector is needed to make a pair");
        HighAvailability master = first.highAvailability();
        HighAvailability shadow = second.highAvailability();
        if (master.role() != HaRole.MASTER) {
            throw new IllegalStateException("The connector to pair from is not a master.");
        }
        HaRole shadowRole = shadow.role();
        if (shadowRole == HaRole.MASTER) {
            throw new IllegalStateException("The second connector is a master already; only a fresh connector or a shadow can become the shadow.");
        }
        MasterHaConfig config = master.masterConfig();
        if (!config.haEnabled()) {
            master.setMasterConfig(new MasterHaConfig(true, config.haPort(), config.allowedShadowHost()));
        }
        if (shadowRole == HaRole.UNDEFINED) {
            shadow.setRole(HaRole.SHADOW);
        }
        ShadowHaState state = shadow.shadowState();
        if (state.ready() || List.of("LOST", "HANDSHAKE", "INITSYNC").contains(state.state())) {
            shadow.disconnectFromMaster();
        }
        shadow.setShadowConfig(ShadowHaConfig.of(settings.masterHost(), settings.masterPort(), settings.ownHost())
                .withTimings(settings.checkIntervalSeconds(), settings.takeoverDelaySeconds()));
        shadow.connectToMaster(masterUser, masterPassword);
    }

    /** The master hands its role to the connected shadow and becomes its shadow. */
    public void switchRoles() {
        HighAvailability one = first.highAvailability();
        if (one.role() == HaRole.MASTER) {
            one.switchRoles();
        } else if (second != null) {
            second.highAvailability().switchRoles();
        } else {
            throw new IllegalStateException("Neither connector is a master.");
        }
    }

    /** Both roles and states; read again when the roles changed between the calls (a switch or takeover). */
    public HaPairStatus read() {
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce();
            } catch (SccException e) {
                if (attempt == 3 || e.status() != 400) {
                    throw e;
                }
            }
        }
    }

    /**
     * Each instance read on its own: one that does not answer (stopped, or not known yet) has a null role, so the other
     * can still be seen, e.g. a shadow that took over from a master that is gone.
     */
    public static HaPairStatus readEach(SccClient first, SccClient second) {
        Side one = Side.read(first);
        Side two = Side.read(second);
        return new HaPairStatus(one.role, one.master, one.shadow, two.role, two.master, two.shadow);
    }

    private record Side(HaRole role, MasterHaState master, ShadowHaState shadow) {
        static Side read(SccClient client) {
            if (client == null) {
                return new Side(null, null, null);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    HighAvailability ha = client.highAvailability();
                    HaRole role = ha.role();
                    return new Side(role, masterState(ha, role), shadowState(ha, role));
                } catch (SccException e) {
                    if (attempt == 3 || e.status() != 400) {
                        return new Side(null, null, null);
                    }
                } catch (RuntimeException notAnswering) {
                    return new Side(null, null, null);
                }
            }
        }
    }

    private HaPairStatus readOnce() {
        HighAvailability one = first.highAvailability();
        HaRole firstRole = one.role();
        HaRole secondRole = second == null ? HaRole.UNDEFINED : second.highAvailability().role();
        return new HaPairStatus(firstRole, masterState(one, firstRole), shadowState(one, firstRole),
                secondRole, second == null ? null : masterState(second.highAvailability(), secondRole),
                second == null ? null : shadowState(second.highAvailability(), secondRole));
    }

    private static MasterHaState masterState(HighAvailability ha, HaRole role) {
        return role == HaRole.MASTER ? ha.masterState() : null;
    }

    private static ShadowHaState shadowState(HighAvailability ha, HaRole role) {
        return role == HaRole.SHADOW ? ha.shadowState() : null;
    }
}
