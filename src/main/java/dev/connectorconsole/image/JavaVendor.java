package dev.connectorconsole.image;

/** Java distributions named in SAP's Cloud Connector prerequisites. */
public enum JavaVendor {
    SAP_JVM("SAP JVM"),
    SAPMACHINE("SapMachine");

    private final String displayName;

    JavaVendor(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
