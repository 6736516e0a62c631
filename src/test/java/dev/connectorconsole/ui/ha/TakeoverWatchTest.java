package dev.connectorconsole.ui.ha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.connector.HaRole;
import org.junit.jupiter.api.Test;

class TakeoverWatchTest {
    private static HaPairStatus roles(HaRole first, HaRole second) {
        return new HaPairStatus(first, null, null, second, null, null);
    }

    @Test
    void aShadowThatBecomesMasterIsATakeoverOnce() {
        TakeoverWatch watch = new TakeoverWatch();
        assertThat(watch.next(roles(HaRole.MASTER, HaRole.SHADOW))).isEmpty();
        assertThat(watch.next(roles(null, HaRole.SHADOW))).isEmpty();
        assertThat(watch.next(roles(null, HaRole.MASTER))).contains(TakeoverWatch.Side.SECOND);
        assertThat(watch.next(roles(null, HaRole.MASTER))).isEmpty();
    }

    @Test
    void theFirstInstanceCanTakeOverToo() {
        TakeoverWatch watch = new TakeoverWatch();
        watch.next(roles(HaRole.SHADOW, HaRole.MASTER));
        assertThat(watch.next(roles(HaRole.MASTER, null))).contains(TakeoverWatch.Side.FIRST);
    }

    @Test
    void aSwitchTheUserAskedForIsNoTakeover() {
        TakeoverWatch watch = new TakeoverWatch();
        watch.next(roles(HaRole.MASTER, HaRole.SHADOW));
        watch.expectSwap();
        assertThat(watch.next(roles(HaRole.MASTER, HaRole.SHADOW))).isEmpty();
        assertThat(watch.next(roles(HaRole.SHADOW, HaRole.MASTER))).isEmpty();
        assertThat(watch.next(roles(HaRole.MASTER, null))).as("a later takeover").contains(TakeoverWatch.Side.FIRST);
    }

    @Test
    void aNewPairStartsWithoutHistory() {
        TakeoverWatch watch = new TakeoverWatch();
        watch.next(roles(HaRole.MASTER, HaRole.SHADOW));
        watch.forget();
        assertThat(watch.next(roles(HaRole.MASTER, HaRole.MASTER))).isEmpty();
    }

    @Test
    void anOldMasterComingBackAsShadowAfterATakeoverIsNoSecondTakeover() {
        TakeoverWatch watch = new TakeoverWatch();
        watch.next(roles(HaRole.MASTER, HaRole.SHADOW));
        assertThat(watch.next(roles(null, HaRole.MASTER))).contains(TakeoverWatch.Side.SECOND);
        assertThat(watch.next(roles(HaRole.MASTER, HaRole.MASTER))).as("started again, still deciding").isEmpty();
        assertThat(watch.next(roles(HaRole.SHADOW, HaRole.MASTER))).isEmpty();
        assertThat(watch.next(roles(HaRole.SHADOW, HaRole.MASTER))).isEmpty();
    }
}
