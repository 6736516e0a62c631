package dev.connectorconsole.engine;

/**
 * What a check of an on-premise host from inside a connector's network found: the outcome, how long it took, and a
 * detail (the HTTP status line, or the reason).
 */
public record Reachability(Outcome outcome, long millis, String detail) {
    public enum Outcome { REACHABLE, REFUSED, TIMED_OUT, UNKNOWN_HOST, UNREACHABLE, FAILED }

    /** Reads the probe's line {@code <OUTCOME> <millis> <detail>}; anything else is a failure with that text. */
    static Reachability parse(String line) {
        String text = line == null ? "" : line.strip();
        String[] parts = text.split(" ", 3);
        try {
            Outcome outcome = Outcome.valueOf(parts[0]);
            long millis = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
            return new Reachability(outcome, millis, parts.length > 2 ? parts[2] : "");
        } catch (IllegalArgumentException e) {
            return new Reachability(Outcome.FAILED, 0, text.isEmpty() ? "the probe printed nothing" : text);
        }
    }
}
