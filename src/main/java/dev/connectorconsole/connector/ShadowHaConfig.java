package dev.connectorconsole.connector;

/**
 * A shadow's settings for its master ({@code .../ha/shadow/config}).
 *
 * @param haPort null for the master's UI port
 */
public record ShadowHaConfig(String masterHost, int masterPort, String ownHost, Integer haPort,
                             int checkIntervalInSeconds, int takeoverDelayInSeconds, int connectTimeoutInMillis,
                             int requestTimeoutInMillis) {
    /** The example values of SAP's API page: check every 30 s, take over after 10 s, 1 s to connect, 12 s to answer. */
    public static ShadowHaConfig of(String masterHost, int masterPort, String ownHost) {
        return new ShadowHaConfig(masterHost, masterPort, ownHost, null, 30, 10, 1000, 12000);
    }

    public ShadowHaConfig withTimings(int checkIntervalSeconds, int takeoverDelaySeconds) {
        return new ShadowHaConfig(masterHost, masterPort, ownHost, haPort, checkIntervalSeconds, takeoverDelaySeconds,
                connectTimeoutInMillis, requestTimeoutInMillis);
    }
}
