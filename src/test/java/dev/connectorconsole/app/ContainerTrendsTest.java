package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.LastKnownStates.Place;
import dev.connectorconsole.engine.ContainerStatsSample;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each connector context keeps its own last 15 minutes of container readings, with the gaps, and no more. */
class ContainerTrendsTest {
    private static final Instant T0 = Instant.parse("2026-12-06T18:00:00Z");
    private static final Place ALPHA = Place.container("Alpha", null, "scc-alpha");
    private static final Place BETA = Place.container("Beta", null, "scc-beta");

    @Test
    void eachContextRecallsItsOwnReadingsAndNothingOfAnother() {
        ContainerTrends trends = new ContainerTrends();
        trends.add(ALPHA, sample(0, 12.5), true);
        trends.add(ALPHA, sample(1, 13.5), false);
        trends.add(BETA, sample(1, 80), true);

        assertThat(cpu(trends.recall(ALPHA, T0.plusSeconds(2)))).containsExactly(12.5, 13.5);
        assertThat(cpu(trends.recall(BETA, T0.plusSeconds(2)))).containsExactly(80.0);
        assertThat(trends.recall(Place.container("Beta", null, "scc-alpha"), T0)).as("another profile, same container")
                .isEmpty();
        assertThat(trends.recall(Place.container("Alpha", "build-host", "scc-alpha"), T0)).as("another engine").isEmpty();
        assertThat(trends.recall(null, T0)).as("no container here").isEmpty();
    }

    @Test
    void aReopenedStreamStartsAfterAGapAndNothingIsMadeUpForIt() {
        ContainerTrends trends = new ContainerTrends();
        trends.add(ALPHA, sample(0, 10), true);
        trends.add(ALPHA, sample(1, 11), false);
        trends.add(ALPHA, sample(120, 20), true);
        trends.add(ALPHA, sample(121, 21), false);

        List<ContainerTrends.Entry> kept = trends.recall(ALPHA, T0.plusSeconds(122));
        assertThat(kept).extracting(ContainerTrends.Entry::afterGap).containsExactly(false, false, true, false);
        assertThat(kept).extracting(e -> e.sample().time()).containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(120),
                T0.plusSeconds(121));
    }

    @Test
    void keepsTheLastFifteenMinutesAtMost() {
        ContainerTrends trends = new ContainerTrends();
        for (int second = 0; second <= 20 * 60; second++) {
            trends.add(ALPHA, sample(second, second % 100), second == 0 || second == 600);
        }
        List<ContainerTrends.Entry> kept = trends.recall(ALPHA, T0.plusSeconds(20 * 60));
        assertThat(kept).hasSize(15 * 60 + 1);
        assertThat(kept.get(0).sample().time()).isEqualTo(T0.plusSeconds(5 * 60));
        assertThat(kept).filteredOn(ContainerTrends.Entry::afterGap).extracting(e -> e.sample().time())
                .containsExactly(T0.plusSeconds(600));

        List<ContainerTrends.Entry> later = trends.recall(ALPHA, T0.plusSeconds(600 + 15 * 60));
        assertThat(later.get(0).sample().time()).isEqualTo(T0.plusSeconds(600));
        assertThat(later.get(0).afterGap()).as("the first reading kept has nothing before it to break from").isFalse();
        assertThat(trends.recall(ALPHA, T0.plusSeconds(40 * 60))).as("all older than 15 minutes by now").isEmpty();

        ContainerTrends flood = new ContainerTrends();
        for (int i = 0; i < ContainerTrends.MOST + 500; i++) {
            flood.add(BETA, new ContainerStatsSample(T0.plusMillis(i * 100L), 1, 1, 1, 1, 1), false);
        }
        assertThat(flood.recall(BETA, T0.plusSeconds(200))).hasSize(ContainerTrends.MOST);
    }

    @Test
    void aRemovedProfilesReadingsGo() {
        ContainerTrends trends = new ContainerTrends();
        trends.add(ALPHA, sample(0, 1), true);
        trends.add(BETA, sample(0, 2), true);
        trends.add(Place.container("Gamma", null, "scc-gamma"), sample(0, 3), true);

        trends.keepOnly(List.of("Alpha", "Gamma"));
        assertThat(trends.recall(BETA, T0)).isEmpty();
        assertThat(trends.recall(ALPHA, T0)).hasSize(1);
        trends.forget("Gamma");
        assertThat(trends.recall(Place.container("Gamma", null, "scc-gamma"), T0)).isEmpty();
        assertThat(trends.recall(ALPHA, T0)).hasSize(1);
    }

    private static ContainerStatsSample sample(int second, double cpu) {
        return new ContainerStatsSample(T0.plusSeconds(second), cpu, 100L << 20, 1L << 30, 10, 20);
    }

    private static List<Double> cpu(List<ContainerTrends.Entry> entries) {
        return entries.stream().map(e -> e.sample().cpuPercent()).toList();
    }
}
