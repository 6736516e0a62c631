package dev.connectorconsole.engine;

/** The oldest engine API we accept, and comparison of "1.41"-style versions. */
final class ApiVersions {
    /** API 1.41 = Docker Engine 20.10 (Dec 2020): the oldest release this app is tested against. */
    static final String MINIMUM = "1.41";
    static final String MINIMUM_ENGINE = "Docker 20.10";

    private ApiVersions() {}

    static boolean isSupported(String apiVersion) {
        return compare(apiVersion, MINIMUM) >= 0;
    }

    static int compare(String left, String right) {
        String[] a = left.trim().split("\\.");
        String[] b = right.trim().split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? parse(a[i]) : 0;
            int y = i < b.length ? parse(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int parse(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
