package dev.connectorconsole.connector;

/** Open connections of one service channel ({@code /api/monitoring/connections/serviceChannels}, 2.15+). */
public record ServiceChannelConnection(String regionHost, String subaccount, int port, String typeKey, String typeName,
                                       int connections) {
}
