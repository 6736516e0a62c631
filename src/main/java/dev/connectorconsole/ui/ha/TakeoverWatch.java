package dev.connectorconsole.ui.ha;

import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.connector.HaRole;
import java.util.Optional;

/**
 * Tells a takeover from successive reads of a pair: an instance that was shadow is master now. A swap the user asked
 * for (Switch roles) is expected and told as nothing.
 */
final class TakeoverWatch {
    /** Which side took over. */
    enum Side { FIRST, SECOND }

    private HaPairStatus last;
    private boolean swapExpected;

    void expectSwap() {
        swapExpected = true;
    }

    Optional<Side> next(HaPairStatus now) {
        HaPairStatus before = last;
        last = now;
        if (before == null) {
            return Optional.empty();
        }
        Optional<Side> side = becameMaster(before.secondRole(), now.secondRole()) ? Optional.of(Side.SECOND)
                : becameMaster(before.firstRole(), now.firstRole()) ? Optional.of(Side.FIRST) : Optional.empty();
        if (side.isPresent() && swapExpected) {
            swapExpected = false;
            return Optional.empty();
        }
        return side;
    }

    void forget() {
        last = null;
        swapExpected = false;
    }

    private static boolean becameMaster(HaRole before, HaRole now) {
        return before == HaRole.SHADOW && now == HaRole.MASTER;
    }
}
