package dev.connectorconsole.connector;

/** A subaccount's own traces: its traffic (requests and answers through the tunnel) and payload/SNC traces. */
public record SubaccountTrace(boolean trafficTrace, boolean payloadSncTrace) {
}
