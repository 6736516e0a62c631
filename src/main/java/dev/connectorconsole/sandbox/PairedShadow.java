package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a master knows of its paired shadow from the shadow's last synchronisation, kept in {@code state.json}: where it
 * dials the shadow (what the shadow said, else its own host and port), the shadow's certificate and the pair's timings.
 * It serves after a SWITCH, when this master joins the shadow that takes over, and when this master comes back (after a
 * restart, or behind a network split) to find that the shadow took over ({@link FormerShadowCheck}). Never a secret.
 */
final class PairedShadow {
    /** Where this master dials the shadow, {@code host:port}. */
    public String address;
    /** True when the shadow never said how it is reached, so its own host and port are dialled. */
    public boolean addressGuessed;
    public String certificateSha256;
    /** How the shadow dials this master ({@code host:port}); null when it never said. */
    public String reachesMasterAt;
    public int checkIntervalInSeconds;
    public int takeoverDelayInSeconds;
    public int connectTimeoutInMillis;
    public int requestTimeoutInMillis;

    /** From a shadow's synchronisation call ({@link ShadowSyncMessages#body}). */
    static PairedShadow from(JsonNode body, String shadowHost) {
        PairedShadow peer = new PairedShadow();
        HaLinkAddress said = HaLinkAddress.parse(body.path("reachableAt").asText(null));
        peer.addressGuessed = said == null;
        peer.address = (said != null ? said : new HaLinkAddress(shadowHost, body.path("ownPort").asInt())).toString();
        peer.certificateSha256 = body.path("certificateSha256").asText(null);
        peer.reachesMasterAt = HaLinkAddress.parse(body.path("masterAt").asText(null)) == null ? null
                : body.path("masterAt").asText();
        peer.checkIntervalInSeconds = body.path("checkIntervalInSeconds").asInt(0);
        peer.takeoverDelayInSeconds = body.path("takeoverDelayInSeconds").asInt(0);
        peer.connectTimeoutInMillis = body.path("connectTimeoutInMillis").asInt(0);
        peer.requestTimeoutInMillis = body.path("requestTimeoutInMillis").asInt(0);
        return peer;
    }

    HaLinkAddress link() {
        return HaLinkAddress.parse(address);
    }
}
