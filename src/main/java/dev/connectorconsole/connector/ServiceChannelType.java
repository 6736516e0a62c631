package dev.connectorconsole.connector;

/** The kinds of service channel, with the path segment the API uses for each. */
public enum ServiceChannelType {
    HANA("HANA"),
    VIRTUAL_MACHINE("VirtualMachine"),
    ABAP_CLOUD("ABAPCloud"),
    ABAP_CLOUD_SNC("ABAPCloudSNC"),
    K8S("K8S");

    private final String apiName;

    ServiceChannelType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The type of an API name; null when this client does not know it. */
    public static ServiceChannelType fromApi(String name) {
        for (ServiceChannelType type : values()) {
            if (type.apiName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
