package dev.connectorconsole.engine;

import java.time.Duration;

/** Doubling delays from a first one up to a cap; reset after success. Not thread-safe. */
final class Backoff {
    private final Duration first;
    private final Duration cap;
    private Duration next;

    Backoff(Duration first, Duration cap) {
        this.first = first;
        this.cap = cap;
        this.next = first;
    }

    Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(cap) > 0 ? cap : doubled;
        return current;
    }

    void reset() {
        next = first;
    }
}
