package dev.connectorconsole.image;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dotted numeric version such as {@code 2.19.1}, {@code 2.12.0.1} or {@code 8.1.102}.
 * Missing trailing components count as zero, so {@code 2.19} equals {@code 2.19.0}.
 */
public final class Version implements Comparable<Version> {
    private static final Pattern FORMAT = Pattern.compile("\\d+(\\.\\d+)*");

    private final String text;
    private final int[] parts;

    private Version(String text, int[] parts) {
        this.text = text;
        this.parts = parts;
    }

    public static Version parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("Not a version: '" + text + "'"));
    }

    public static Optional<Version> tryParse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] pieces = text.split("\\.");
        int[] parts = new int[pieces.length];
        try {
            for (int i = 0; i < pieces.length; i++) {
                parts[i] = Integer.parseInt(pieces[i]);
            }
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
        return Optional.of(new Version(text, parts));
    }

    public int major() {
        return part(0);
    }

    /** The component at {@code index}, zero when the version has fewer components. */
    public int part(int index) {
        return index < parts.length ? parts[index] : 0;
    }

    public int length() {
        return parts.length;
    }

    public boolean isAtLeast(Version other) {
        return compareTo(other) >= 0;
    }

    /**
     * True when this version lies in {@code [from, upTo]}, where {@code upTo} covers everything it is a prefix of:
     * {@code upTo = 2.19} admits 2.19.1 and 2.19.0.2, {@code upTo = 2.18.2} admits 2.18.2.1 but not 2.18.3.
     * A null {@code upTo} means no upper bound.
     */
    public boolean isWithin(Version from, Version upTo) {
        if (compareTo(from) < 0) {
            return false;
        }
        return upTo == null || truncated(upTo.length()).compareTo(upTo) <= 0;
    }

    private Version truncated(int length) {
        int[] kept = Arrays.copyOf(parts, Math.min(length, parts.length));
        return new Version(text, kept);
    }

    @Override
    public int compareTo(Version other) {
        int length = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < length; i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        int significant = parts.length;
        while (significant > 0 && parts[significant - 1] == 0) {
            significant--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, significant));
    }

    @Override
    public String toString() {
        return text;
    }
}
