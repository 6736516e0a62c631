package dev.connectorconsole.connector;

/**
 * A master's HA settings ({@code .../ha/master/config}).
 *
 * @param haEnabled         whether a shadow may connect
 * @param haPort            the HA port (2.17+), null for the UI port
 * @param allowedShadowHost the only host allowed as shadow, "" for any
 */
public record MasterHaConfig(boolean haEnabled, Integer haPort, String allowedShadowHost) {
    public MasterHaConfig {
        allowedShadowHost = allowedShadowHost == null ? "" : allowedShadowHost;
    }
}
