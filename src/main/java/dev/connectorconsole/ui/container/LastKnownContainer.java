package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.LastKnownStates.Facet;
import dev.connectorconsole.app.LastKnownStates.Known;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.ui.session.ShownConnector;
import java.time.Clock;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The container each connector context showed last (the engine's view of it, whether its image is there, and the
 * readiness probe's answer for its current run): kept with each fresh reading, recalled when the user switches back,
 * and marked ("As of 18:42:10, refreshing…") until the engine is read again.
 */
final class LastKnownContainer {
    /** One reading of the container; {@code snapshot} null: there was none. */
    record Reading(ContainerSnapshot snapshot, Boolean imagePresent, Readiness probe) {
        static final Reading NONE = new Reading(null, null, null);
    }

    static final Facet<Reading> READING = Facet.named("container");

    private ShownConnector shown = ShownConnector.alone(Clock.systemDefaultZone());
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper("");

    void use(ShownConnector connector) {
        this.shown = connector;
    }

    /** What {@code container} showed last in the context shown, now marked as such; empty when never read there. */
    Optional<Reading> recall(String container) {
        Optional<Known<Reading>> known = shown.lastKnownContainer(container, READING);
        asOf.set(known.map(k -> shown.asOf(k.at())).orElse(""));
        return known.map(Known::value);
    }

    /** A fresh reading of {@code container}, shown now. */
    void keep(String container, Reading reading) {
        shown.keep(shown.containerPlace(container), READING, reading);
        asOf.set("");
    }

    ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }
}
