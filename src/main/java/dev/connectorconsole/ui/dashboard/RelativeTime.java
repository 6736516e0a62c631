package dev.connectorconsole.ui.dashboard;

import java.time.Duration;
import java.time.Instant;

/** "just now", "12 min ago", "3 h ago", "5 days ago". */
public final class RelativeTime {
    private RelativeTime() {}

    public static String since(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.isNegative() || age.toSeconds() < 60) {
            return "just now";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        long days = age.toDays();
        return days == 1 ? "1 day ago" : days + " days ago";
    }
}
