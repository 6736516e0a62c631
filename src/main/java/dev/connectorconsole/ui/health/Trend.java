package dev.connectorconsole.ui.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last minutes of one figure, kept in memory only: older points drop out as new ones come. */
final class Trend {
    /** One figure at one time. */
    record Point(Instant time, double value) {}

    static final Duration KEPT = Duration.ofMinutes(15);

    private final Deque<Point> points = new ArrayDeque<>();

    void add(Instant time, double value) {
        points.addLast(new Point(time, value));
        Instant oldest = time.minus(KEPT);
        while (!points.isEmpty() && points.peekFirst().time().isBefore(oldest)) {
            points.removeFirst();
        }
    }

    List<Point> points() {
        return List.copyOf(points);
    }

    void clear() {
        points.clear();
    }
}
