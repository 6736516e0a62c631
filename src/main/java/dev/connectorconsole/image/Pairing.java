package dev.connectorconsole.image;

import java.util.Optional;

/** The combinations of Cloud Connector package and Java package this app builds images for. */
public enum Pairing {
    INSTALLER_WITH_SAPJVM_RPM(SccPackageKind.ZIP_RPM, JvmKind.SAPJVM_RPM),
    INSTALLER_WITH_SAPJVM_ZIP(SccPackageKind.ZIP_RPM, JvmKind.SAPJVM_ZIP),
    PORTABLE_WITH_SAPJVM_ZIP(SccPackageKind.PORTABLE_TGZ, JvmKind.SAPJVM_ZIP),
    PORTABLE_WITH_SAPMACHINE(SccPackageKind.PORTABLE_TGZ, JvmKind.SAPMACHINE_TGZ);

    private final SccPackageKind scc;
    private final JvmKind jvm;

    Pairing(SccPackageKind scc, JvmKind jvm) {
        this.scc = scc;
        this.jvm = jvm;
    }

    public SccPackageKind scc() {
        return scc;
    }

    public JvmKind jvm() {
        return jvm;
    }

    public static Optional<Pairing> of(SccPackageKind scc, JvmKind jvm) {
        for (Pairing pairing : values()) {
            if (pairing.scc == scc && pairing.jvm == jvm) {
                return Optional.of(pairing);
            }
        }
        return Optional.empty();
    }
}
