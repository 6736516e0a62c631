package dev.connectorconsole.app;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the screens last read of each connector context, so that switching back to one shows it at once (with the time
 * it was read) while a fresh read is under way. A reading is kept under its {@link Place}: the profile that was shown
 * when it was asked for and where it was read from (the admin address, or the engine and container). It is recalled
 * only for the same profile at the same place, so one connector's data never shows under another's name. Any thread.
 */
public final class LastKnownStates {
    /** One kind of reading a screen keeps (the dashboard's rows, the container's state, …); compared by identity. */
    public static final class Facet<T> {
        private final String name;

        private Facet(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public static <T> Facet<T> named(String name) {
            return new Facet<>(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The profile a reading belongs to and the place it came from. */
    public record Place(String profile, String source) {
        public Place {
            profile = profile == null ? "" : profile;
            Objects.requireNonNull(source, "source");
        }

        /** A reading from the connector's admin API at this host and port. */
        public static Place admin(String profile, String host, int port) {
            return new Place(profile, "admin " + host.toLowerCase(Locale.ROOT) + ":" + port);
        }

        /** A reading of a container from the engine ({@code engine} null: the default engine). */
        public static Place container(String profile, String engine, String container) {
            return new Place(profile, "container " + (engine == null ? "" : engine) + "/" + container);
        }
    }

    /** A reading and when it was read. */
    public record Known<T>(T value, Instant at) {
        public Known {
            Objects.requireNonNull(at, "at");
        }
    }

    private record Key(Place place, Facet<?> facet) {}

    private final Map<Key, Known<?>> kept = new ConcurrentHashMap<>();

    /** Keeps {@code value} (immutable, or not changed after this) as the latest reading of {@code facet} there. */
    public <T> void keep(Place place, Facet<T> facet, T value, Instant at) {
        kept.put(new Key(Objects.requireNonNull(place, "place"), Objects.requireNonNull(facet, "facet")),
                new Known<>(value, at));
    }

    /** The latest reading of {@code facet} at {@code place}; empty when there was none. */
    @SuppressWarnings("unchecked")
    public <T> Optional<Known<T>> recall(Place place, Facet<T> facet) {
        return place == null ? Optional.empty() : Optional.ofNullable((Known<T>) kept.get(new Key(place, facet)));
    }

    /** Forgets everything read for profiles not named here (they were removed or renamed). */
    public void keepOnly(java.util.Collection<String> profiles) {
        java.util.Set<String> kept = java.util.Set.copyOf(profiles);
        this.kept.keySet().removeIf(key -> !kept.contains(key.place().profile()));
    }

    /** Forgets everything read for a profile (it was removed, or now means another connector). */
    public void forget(String profile) {
        kept.keySet().removeIf(key -> key.place().profile().equals(profile));
    }
}
