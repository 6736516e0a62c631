package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.LastKnownStates.Facet;
import dev.connectorconsole.app.LastKnownStates.Place;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reading is recalled for the context and place it was read in, and for no other. */
class LastKnownStatesTest {
    private static final Facet<List<String>> SUBACCOUNTS = Facet.named("subaccounts");
    private static final Facet<String> STATE = Facet.named("state");
    private static final Instant AT = Instant.parse("2026-12-06T18:42:10Z");

    @Test
    void recallsEachContextsOwnReadingAndNothingOfAnother() {
        LastKnownStates states = new LastKnownStates();
        Place alpha = Place.admin("Alpha", "LocalHost", 18443);
        states.keep(alpha, SUBACCOUNTS, List.of("Alpha Plant"), AT);
        states.keep(Place.container("Alpha", null, "scc-alpha"), STATE, "READY", AT.plusSeconds(1));

        assertThat(states.recall(Place.admin("Alpha", "localhost", 18443), SUBACCOUNTS))
                .hasValueSatisfying(known -> {
                    assertThat(known.value()).containsExactly("Alpha Plant");
                    assertThat(known.at()).isEqualTo(AT);
                });
        assertThat(states.recall(Place.admin("Beta", "localhost", 18443), SUBACCOUNTS))
                .as("another profile's name, even at the same address").isEmpty();
        assertThat(states.recall(Place.admin("Alpha", "localhost", 18444), SUBACCOUNTS))
                .as("the same profile now at another address").isEmpty();
        assertThat(states.recall(alpha, STATE)).as("another facet").isEmpty();
        assertThat(states.recall(Place.container("Alpha", "build-host", "scc-alpha"), STATE))
                .as("the same container name on another engine").isEmpty();
        assertThat(states.recall(Place.container("Alpha", null, "scc-alpha"), STATE)).map(k -> k.value())
                .hasValue("READY");
    }

    @Test
    void aNewerReadingReplacesTheOlderAndForgettingAProfileDropsAllOfIt() {
        LastKnownStates states = new LastKnownStates();
        Place beta = Place.admin("Beta", "scc.plant.example", 8443);
        states.keep(beta, STATE, "SIGNED_IN", AT);
        states.keep(beta, STATE, "UNREACHABLE", AT.plusSeconds(5));
        states.keep(Place.admin("Gamma", "localhost", 9443), STATE, "SIGNED_IN", AT);

        assertThat(states.recall(beta, STATE)).map(k -> k.value()).hasValue("UNREACHABLE");
        states.forget("Beta");
        assertThat(states.recall(beta, STATE)).isEmpty();
        assertThat(states.recall(Place.admin("Gamma", "localhost", 9443), STATE)).isPresent();
    }

    @Test
    void onlyTheProfilesThatStillExistAreKept() {
        LastKnownStates states = new LastKnownStates();
        states.keep(Place.admin("Beta", "scc.plant.example", 8443), STATE, "SIGNED_IN", AT);
        states.keep(Place.container("Gamma", null, "scc-gamma"), STATE, "READY", AT);

        states.keepOnly(List.of("Gamma"));

        assertThat(states.recall(Place.admin("Beta", "scc.plant.example", 8443), STATE)).as("a removed profile").isEmpty();
        assertThat(states.recall(Place.container("Gamma", null, "scc-gamma"), STATE)).isPresent();
    }
}
