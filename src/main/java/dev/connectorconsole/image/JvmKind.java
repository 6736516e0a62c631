package dev.connectorconsole.image;

/** The Java packages this app can put into a Cloud Connector image. */
public enum JvmKind {
    /** {@code sapjvm-<ver>-linux-x64.rpm}, installs {@code /opt/sapjvm_8}. */
    SAPJVM_RPM(JavaVendor.SAP_JVM),
    /** {@code sapjvm-<ver>-linux-x64.zip}, a {@code sapjvm_8} directory. */
    SAPJVM_ZIP(JavaVendor.SAP_JVM),
    /** {@code sapmachine-jdk-<ver>_linux-x64_bin.tar.gz}, one top-level {@code sapmachine-jdk-<ver>} directory. */
    SAPMACHINE_TGZ(JavaVendor.SAPMACHINE);

    private final JavaVendor vendor;

    JvmKind(JavaVendor vendor) {
        this.vendor = vendor;
    }

    public JavaVendor vendor() {
        return vendor;
    }
}
