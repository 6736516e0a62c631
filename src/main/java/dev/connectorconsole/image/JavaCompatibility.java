package dev.connectorconsole.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which Java runs which Cloud Connector version, from SAP's prerequisites page.
 * Oracle JDK 8 is also supported by SAP but cannot be downloaded freely, so this app does not offer it.
 */
public final class JavaCompatibility {
    /** One row of SAP's table; {@code upTo} null means "and higher", otherwise it covers its own patch levels. */
    public record Row(JavaVendor vendor, int major, Version from, Version upTo) {
        public String displayName() {
            return vendor.displayName() + " " + major;
        }

        public String range() {
            if (upTo == null) {
                return from + " and higher";
            }
            String upper = upTo.length() == 2 ? upTo + ".x" : upTo.toString();
            return from + " to " + upper;
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row(JavaVendor.SAP_JVM, 8, Version.parse("2.7.2"), null),
            new Row(JavaVendor.SAPMACHINE, 11, Version.parse("2.14.0"), Version.parse("2.18.2")),
            new Row(JavaVendor.SAPMACHINE, 17, Version.parse("2.15.0"), Version.parse("2.19")),
            new Row(JavaVendor.SAPMACHINE, 21, Version.parse("2.17.0"), null),
            new Row(JavaVendor.SAPMACHINE, 25, Version.parse("2.19.0"), null));

    private static final Version OLDEST_SUPPORTED = Version.parse("2.7.2");

    private JavaCompatibility() {}

    public static List<Row> rows() {
        return ROWS;
    }

    /** The Java versions SAP supports for this Cloud Connector version, SAP JVM first. */
    public static List<Row> supportedFor(Version scc) {
        return ROWS.stream().filter(row -> scc.isWithin(row.from(), row.upTo())).toList();
    }

    /** Empty when the pair is supported, otherwise one sentence saying why not and what would work. */
    public static Optional<String> problem(Version scc, JavaVendor vendor, int javaMajor) {
        if (scc.compareTo(OLDEST_SUPPORTED) < 0) {
            return Optional.of("Cloud Connector " + scc + " is older than any version that runs in this app's images"
                    + " (" + OLDEST_SUPPORTED + " and higher): download a current sapcc-<version>-linux-x64 package");
        }
        Optional<Row> row = ROWS.stream().filter(r -> r.vendor() == vendor && r.major() == javaMajor).findFirst();
        if (row.isEmpty()) {
            String known = ROWS.stream().filter(r -> r.vendor() == vendor)
                    .map(r -> String.valueOf(r.major())).collect(Collectors.joining(", "));
            return Optional.of(vendor.displayName() + " " + javaMajor + " is not a Java version the Cloud Connector supports"
                    + " (supported: " + vendor.displayName() + " " + known + "); " + scc + " needs " + alternatives(scc));
        }
        if (scc.isWithin(row.get().from(), row.get().upTo())) {
            return Optional.empty();
        }
        return Optional.of(row.get().displayName() + " supports Cloud Connector " + row.get().range() + "; "
                + scc + " needs " + alternatives(scc));
    }

    /** "SapMachine 17, 21 or 25 or SAP JVM 8" — the JVMs that would work, SapMachine majors grouped. */
    static String alternatives(Version scc) {
        List<Row> supported = supportedFor(scc);
        List<String> groups = new ArrayList<>();
        List<String> sapMachineMajors = supported.stream()
                .filter(r -> r.vendor() == JavaVendor.SAPMACHINE).map(r -> String.valueOf(r.major())).toList();
        if (!sapMachineMajors.isEmpty()) {
            groups.add(JavaVendor.SAPMACHINE.displayName() + " " + joinWithOr(sapMachineMajors));
        }
        supported.stream().filter(r -> r.vendor() == JavaVendor.SAP_JVM).forEach(r -> groups.add(r.displayName()));
        return String.join(" or ", groups);
    }

    static String joinWithOr(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
