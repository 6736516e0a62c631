package dev.connectorconsole.sandbox;

import java.util.ArrayList;
import java.util.List;

/** A subaccount as the sandbox stores it. The cloud password is never stored: like the real connector, only the certificate obtained with it. */
final class SubaccountData {
    public String regionHost;
    public String subaccount;
    public String locationID = "";
    public String displayName;
    public String description = "";
    public boolean autoCertRenewal;
    public boolean isManaged;
    public String cloudUser;
    public String tunnelState = TunnelState.DISCONNECTED;
    public long connectedSinceTimeStamp;
    public CertificateData certificate;
    public boolean autoSyncTrustEnabled;
    public List<ChannelData> channels = new ArrayList<>();
    public List<MappingData> systemMappings = new ArrayList<>();
    public List<DomainMappingData> domainMappings = new ArrayList<>();
    public boolean trafficTrace;
    public boolean payloadSncTrace;
    /** The subaccount's own audit level; null follows the connector's. */
    public String auditLevel;

    boolean is(String region, String id) {
        return regionHost.equals(region) && subaccount.equals(id);
    }

    String key() {
        return subaccount + "@" + regionHost;
    }
}
