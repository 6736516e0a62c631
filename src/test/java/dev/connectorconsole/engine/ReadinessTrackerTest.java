package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessTrackerTest {
    private static final Instant FIRST_START = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant SECOND_START = Instant.parse("2026-11-25T09:00:00Z");
    private final ReadinessTracker tracker = new ReadinessTracker();

    @Test
    void withoutAContainerTheConnectorIsAbsent() {
        assertThat(tracker.status()).isEqualTo(new ConnectorStatus(ConnectorState.ABSENT, "There is no connector container."));
        assertThat(tracker.probed(new Readiness(true, "answers")).state()).isEqualTo(ConnectorState.ABSENT);
    }

    @Test
    void aContainerGoesFromCreatedThroughStartingToReady() {
        assertThat(tracker.container(snapshot("created", null)))
                .isEqualTo(new ConnectorStatus(ConnectorState.CREATED, "The container 'scc' exists but has not been started."));
        assertThat(tracker.container(snapshot("running", FIRST_START)))
                .isEqualTo(new ConnectorStatus(ConnectorState.STARTING, "The container 'scc' runs; waiting for the connector to answer."));
        assertThat(tracker.probed(new Readiness(true, "The connector answers at https://localhost:8443/exposed?action=ping.")))
                .isEqualTo(new ConnectorStatus(ConnectorState.READY, "The connector answers at https://localhost:8443/exposed?action=ping."));
        assertThat(tracker.container(snapshot("running", FIRST_START)).state()).isEqualTo(ConnectorState.READY);
    }

    @Test
    void aFailedProbeMakesARunningContainerUnhealthyWithTheProbesReason() {
        tracker.container(snapshot("running", FIRST_START));

        assertThat(tracker.probed(new Readiness(false, "The connector did not answer within 120 s: connection refused.")))
                .isEqualTo(new ConnectorStatus(ConnectorState.UNHEALTHY, "The connector did not answer within 120 s: connection refused."));
    }

    @Test
    void aNewStartForgetsTheLastProbe() {
        tracker.container(snapshot("running", FIRST_START));
        tracker.probed(new Readiness(true, "answers"));

        assertThat(tracker.container(snapshot("running", SECOND_START)).state()).isEqualTo(ConnectorState.STARTING);
    }

    @Test
    void stoppingAndStartingAgainNeedsANewProbe() {
        tracker.container(snapshot("running", FIRST_START));
        tracker.probed(new Readiness(true, "answers"));

        assertThat(tracker.container(snapshot("exited", FIRST_START)))
                .isEqualTo(new ConnectorStatus(ConnectorState.STOPPED, "The container 'scc' is stopped (exited)."));
        assertThat(tracker.probed(new Readiness(true, "late answer")).state()).isEqualTo(ConnectorState.STOPPED);
        assertThat(tracker.container(snapshot("running", FIRST_START)).state()).isEqualTo(ConnectorState.STARTING);
    }

    @Test
    void restartingPausedDeadAndRemovedContainersAreNamed() {
        assertThat(tracker.container(snapshot("restarting", FIRST_START)).state()).isEqualTo(ConnectorState.STARTING);
        assertThat(tracker.container(snapshot("paused", FIRST_START))).isEqualTo(new ConnectorStatus(ConnectorState.UNHEALTHY, "The container 'scc' is paused."));
        assertThat(tracker.container(snapshot("dead", FIRST_START)).state()).isEqualTo(ConnectorState.STOPPED);
        assertThat(tracker.container(Optional.empty()).state()).isEqualTo(ConnectorState.ABSENT);
    }

    private static Optional<ContainerSnapshot> snapshot(String state, Instant startedAt) {
        return Optional.of(new ContainerSnapshot("abc123", "scc", "scc:2.19", state, startedAt, 8443, "127.0.0.1", Map.of(), Map.of()));
    }
}
