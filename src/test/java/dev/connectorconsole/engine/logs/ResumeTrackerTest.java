package dev.connectorconsole.engine.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResumeTrackerTest {

    private static final Instant T1 = Instant.parse("2026-11-25T02:00:01.100Z");
    private static final Instant T2 = Instant.parse("2026-11-25T02:00:01.200Z");
    private static final Instant T3 = Instant.parse("2026-11-25T02:00:01.300Z");

    @Test
    void remembersTheLastTimestampAndHowManyLinesShareIt() {
        ResumeTracker tracker = new ResumeTracker(null);
        assertThat(tracker.resumePoint()).isNull();
        assertThat(tracker.isNew(T1)).isTrue();
        assertThat(tracker.isNew(T2)).isTrue();
        assertThat(tracker.isNew(T2)).isTrue();
        assertThat(tracker.isNew(null)).isTrue();
        assertThat(tracker.resumePoint()).isEqualTo(new ResumePoint(T2, 2));
    }

    @Test
    void aResumedStreamSkipsEverythingUpToAndIncludingTheResumePoint() {
        // The first follower saw T1, T2, T2; the resumed stream starts at the whole second and repeats them.
        ResumeTracker tracker = new ResumeTracker(new ResumePoint(T2, 2));
        assertThat(tracker.isNew(T1)).isFalse();
        assertThat(tracker.isNew(T2)).isFalse();
        assertThat(tracker.isNew(T2)).isFalse();
        assertThat(tracker.isNew(T2)).as("a third line at T2 was never seen").isTrue();
        assertThat(tracker.isNew(T3)).isTrue();
        assertThat(tracker.resumePoint()).isEqualTo(new ResumePoint(T3, 1));
    }

    @Test
    void aThirdLineAtTheResumeTimestampCountsOnFromTheResumePoint() {
        ResumeTracker tracker = new ResumeTracker(new ResumePoint(T2, 2));
        tracker.isNew(T2);
        tracker.isNew(T2);
        tracker.isNew(T2);
        assertThat(tracker.resumePoint()).isEqualTo(new ResumePoint(T2, 3));
    }

    @Test
    void onceNewLinesFlowEarlierStampsAreNotFilteredAnyMore() {
        ResumeTracker tracker = new ResumeTracker(new ResumePoint(T2, 1));
        assertThat(tracker.isNew(T3)).isTrue();
        assertThat(tracker.isNew(T1)).as("stdout and stderr stamps can interleave slightly").isTrue();
    }

    @Test
    void withoutLinesTheResumePointStays() {
        ResumeTracker tracker = new ResumeTracker(new ResumePoint(T2, 1));
        tracker.isNew(T1);
        assertThat(tracker.resumePoint()).isEqualTo(new ResumePoint(T2, 1));
    }
}
