package dev.connectorconsole.image;

/** The two Linux x64 Cloud Connector downloads a container can be built from. */
public enum SccPackageKind {
    /** {@code sapcc-<v>-linux-x64.zip}: holds the installer RPM {@code com.sap.scc-ui-<v>-<build>.x86_64.rpm}. */
    ZIP_RPM("installer"),
    /** {@code sapcc-<v>-linux-x64.tar.gz}: the portable directory tree, started with {@code go.sh}. */
    PORTABLE_TGZ("portable");

    private final String label;

    SccPackageKind(String label) {
        this.label = label;
    }

    /** A word for sentences: "installer" or "portable". */
    public String label() {
        return label;
    }
}
