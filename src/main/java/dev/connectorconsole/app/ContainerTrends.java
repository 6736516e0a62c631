package dev.connectorconsole.app;

import dev.connectorconsole.app.LastKnownStates.Place;
import dev.connectorconsole.engine.ContainerStatsSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The last 15 minutes of each connector container's stats readings, in memory only, so that the Health screen's
 * charts of a connector survive switching to another and back. Readings are kept under the same {@link Place} as
 * {@link LastKnownStates} keeps them (profile, engine and container), so one connector's readings never show under
 * another's name. Bounded: at most {@link #KEPT} of readings and {@link #MOST} of them per place, and only for
 * profiles that exist ({@link #keepOnly}). Any thread.
 */
public final class ContainerTrends {
    /** How far back the charts reach. */
    public static final Duration KEPT = Duration.ofMinutes(15);
    /** The engine sends one reading a second (900 in 15 minutes); this bounds a place even if it sent more. */
    static final int MOST = 1800;

    /**
     * A reading, and whether the stream was closed between the reading before it and this one: the chart breaks its
     * line there rather than join across the time nothing was read.
     */
    public record Entry(ContainerStatsSample sample, boolean afterGap) {}

    private final Map<Place, Deque<Entry>> kept = new HashMap<>();

    /**
     * Keeps a reading of {@code place}; {@code firstOfStream} when it is the first since the stream was (re)opened.
     * Readings older than {@link #KEPT} before it drop out.
     */
    public synchronized void add(Place place, ContainerStatsSample sample, boolean firstOfStream) {
        Objects.requireNonNull(sample, "sample");
        Deque<Entry> entries = kept.computeIfAbsent(Objects.requireNonNull(place, "place"), p -> new ArrayDeque<>());
        entries.addLast(new Entry(sample, firstOfStream && !entries.isEmpty()));
        prune(entries, sample.time());
        while (entries.size() > MOST) {
            entries.removeFirst();
        }
    }

    /** The readings of {@code place} from the last {@link #KEPT} before {@code now}, oldest first; empty if none. */
    public synchronized List<Entry> recall(Place place, Instant now) {
        Deque<Entry> entries = place == null ? null : kept.get(place);
        if (entries == null) {
            return List.of();
        }
        prune(entries, now);
        if (entries.isEmpty()) {
            kept.remove(place);
            return List.of();
        }
        return List.copyOf(entries);
    }

    /** Drops the readings of every profile not among {@code profiles} (removed ones). */
    public synchronized void keepOnly(Collection<String> profiles) {
        Set<String> names = new HashSet<>(profiles);
        kept.keySet().removeIf(place -> !names.contains(place.profile()));
    }

    /** Drops everything read for a profile. */
    public synchronized void forget(String profile) {
        kept.keySet().removeIf(place -> place.profile().equals(profile));
    }

    private static void prune(Deque<Entry> entries, Instant newest) {
        Instant oldest = newest.minus(KEPT);
        while (!entries.isEmpty() && entries.peekFirst().sample().time().isBefore(oldest)) {
            entries.removeFirst();
        }
        if (!entries.isEmpty() && entries.peekFirst().afterGap()) {
            // the reading before the gap dropped out: nothing to break from any more
            entries.addFirst(new Entry(entries.removeFirst().sample(), false));
        }
    }
}
