package dev.connectorconsole.app;

import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.MasterHaState;
import dev.connectorconsole.connector.ShadowHaState;

/**
 * Both instances of a pair as read at one moment: each one's role and, depending on it, its master or shadow state
 * (null when that side has no such state, or no second instance is known yet). A null role: that instance did not
 * answer (see {@link HaPairing#readEach}).
 */
public record HaPairStatus(HaRole firstRole, MasterHaState firstMaster, ShadowHaState firstShadow,
                           HaRole secondRole, MasterHaState secondMaster, ShadowHaState secondShadow) {
    /** True when one instance is master with a connected shadow and the other a shadow that is ready. */
    public boolean paired() {
        return (firstMaster != null && firstMaster.shadowConnected() && secondShadow != null && secondShadow.ready())
                || (secondMaster != null && secondMaster.shadowConnected() && firstShadow != null && firstShadow.ready());
    }
}
