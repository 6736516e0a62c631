package dev.connectorconsole.ui.session;

import dev.connectorconsole.app.LastKnownStates;
import dev.connectorconsole.app.LastKnownStates.Facet;
import dev.connectorconsole.app.LastKnownStates.Known;
import dev.connectorconsole.app.LastKnownStates.Place;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.settings.ConnectorProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The connector context the screens are about, and their memory of every context ({@link LastKnownStates}, in the
 * application layer). The window moves it on a switch once the session has moved on; the view models follow it and
 * show the new context's last known state at once, marked with its time, until their fresh read replaces it. A read
 * takes its {@link Place} when it starts and is kept there when it ends, so a read that ends after a switch is kept
 * for the context it belongs to and shown for no other. FX thread, except {@link #keep}.
 */
public final class ShownConnector {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LastKnownStates states;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ConnectorProfile> profile = new ReadOnlyObjectWrapper<>();

    public ShownConnector(LastKnownStates states, Clock clock, ConnectorProfile initial) {
        this.states = Objects.requireNonNull(states, "states");
        this.clock = Objects.requireNonNull(clock, "clock");
        profile.set(initial);
    }

    /** A memory of its own, no profile shown yet: a view model used on its own (tests, a single connector). */
    public static ShownConnector alone(Clock clock) {
        return new ShownConnector(new LastKnownStates(), clock, null);
    }

    /** Another context is shown; call it after the session has moved to it. */
    public void show(ConnectorProfile next) {
        profile.set(next);
    }

    /** The profile shown; null before there is any. Changes on a switch. */
    public ReadOnlyObjectProperty<ConnectorProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** Where a read of the admin API at {@code endpoint} belongs, when it starts now. */
    public Place adminPlace(ConnectorEndpoint endpoint) {
        return endpoint == null ? null : Place.admin(name(), endpoint.host(), endpoint.port());
    }

    /** Where a read of {@code container} on the shown profile's engine belongs, when it starts now. */
    public Place containerPlace(String container) {
        ConnectorProfile shown = profile.get();
        return Place.container(name(), shown == null ? null : shown.engine(), container);
    }

    /** Whether what was read at {@code place} belongs on screen now: same context, same connector. */
    public boolean isShown(Place place, ConnectorEndpoint now) {
        return place != null && place.equals(adminPlace(now));
    }

    /** Keeps a fresh reading, read now; any thread. */
    public <T> void keep(Place place, Facet<T> facet, T value) {
        if (place != null) {
            states.keep(place, facet, value, clock.instant());
        }
    }

    /** The shown profile's last known reading of {@code facet} from its admin address; empty when none. */
    public <T> Optional<Known<T>> lastKnownAdmin(Facet<T> facet) {
        ConnectorProfile shown = profile.get();
        if (shown == null) {
            return Optional.empty();
        }
        return AdminUrl.parse(shown.adminUrl()).flatMap(endpoint -> states.recall(adminPlace(endpoint), facet));
    }

    /** The last known reading of {@code facet} of {@code container} in the shown context; empty when none. */
    public <T> Optional<Known<T>> lastKnownContainer(String container, Facet<T> facet) {
        return states.recall(containerPlace(container), facet);
    }

    /** "As of 18:42:10, refreshing…": how a screen marks a last known state until its fresh read replaces it. */
    public String asOf(Instant at) {
        return "As of " + TIME.format(LocalTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), clock.getZone()))
                + ", refreshing…";
    }

    private String name() {
        ConnectorProfile shown = profile.get();
        return shown == null ? "" : shown.name();
    }
}
