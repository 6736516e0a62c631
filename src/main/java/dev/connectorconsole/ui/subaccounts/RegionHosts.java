package dev.connectorconsole.ui.subaccounts;

import java.util.List;
import java.util.Optional;

/** The known region hosts (SAP help "Prerequisites", network section); custom hosts are allowed as well. */
public final class RegionHosts {
    private static final List<KnownRegion> KNOWN = List.of(
            cf("eu10", "Europe (Frankfurt)"),
            cf("eu11", "Europe (Frankfurt) EU Access"),
            cf("eu01", "Europe (Frankfurt) EU Access, SAP data center"),
            cf("eu02", "Europe (Rot) EU Access, SAP data center"),
            cf("eu13", "Europe (Milan)"),
            cf("eu20", "Europe (Netherlands)"),
            cf("eu22", "Europe (Frankfurt), Azure"),
            cf("eu30", "Europe (Frankfurt), Google Cloud"),
            cf("uk20", "UK South (London)"),
            cf("ch20", "Switzerland (Zurich)"),
            cf("us10", "US East (Virginia)"),
            cf("us11", "US West (Oregon)"),
            cf("us20", "US West (Washington)"),
            cf("us21", "US East (Virginia), Azure"),
            cf("us30", "US Central (Iowa)"),
            cf("us01", "US East, SAP data center"),
            cf("us02", "US West, SAP data center"),
            cf("ca10", "Canada (Montreal)"),
            cf("ca20", "Canada (Toronto)"),
            cf("br10", "Brazil (São Paulo)"),
            cf("br20", "Brazil (São Paulo), Azure"),
            cf("br30", "Brazil (São Paulo), Google Cloud"),
            cf("jp10", "Japan (Tokyo)"),
            cf("jp20", "Japan (Tokyo), Azure"),
            cf("jp30", "Japan (Osaka)"),
            cf("jp31", "Japan (Tokyo), Google Cloud"),
            cf("jp01", "Japan, SAP data center"),
            cf("ap10", "Australia (Sydney)"),
            cf("ap11", "Singapore"),
            cf("ap12", "South Korea (Seoul)"),
            cf("ap20", "Australia (Sydney), Azure"),
            cf("ap21", "Singapore, Azure"),
            cf("ap30", "Australia (Sydney), Google Cloud"),
            cf("ap01", "Australia, SAP data center"),
            cf("in30", "India (Mumbai)"),
            cf("il30", "Israel (Tel Aviv)"),
            cf("sa30", "Saudi Arabia (Dammam)"),
            cf("sa31", "Saudi Arabia (Dammam), regulated"),
            cf("ae01", "UAE (Dubai), SAP data center"),
            cf("cn20", "China North (Azure)"),
            new KnownRegion("cf.cn40.platform.sapcloud.cn", "China (Shanghai), SAP BTP on Alibaba Cloud"),
            new KnownRegion("hana.ondemand.com", "Neo: Europe (Rot)"),
            neo("eu2", "Neo: Europe (Amsterdam)"),
            neo("eu3", "Neo: Europe (Rot) EU Access"),
            neo("us1", "Neo: US East (Ashburn)"),
            neo("us2", "Neo: US West (Chandler)"),
            neo("us3", "Neo: US East (Sterling)"),
            neo("us4", "Neo: US West"),
            neo("ca1", "Neo: Canada (Toronto)"),
            neo("br1", "Neo: Brazil (São Paulo)"),
            neo("jp1", "Neo: Japan (Tokyo)"),
            neo("ap1", "Neo: Australia (Sydney)"),
            neo("ae1", "Neo: UAE (Dubai)"),
            neo("sa1", "Neo: Saudi Arabia (Riyadh)"),
            new KnownRegion("cn1.platform.sapcloud.cn", "Neo: China (Shanghai)"));

    private RegionHosts() {}

    public static List<KnownRegion> known() {
        return KNOWN;
    }

    public static Optional<KnownRegion> byHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String wanted = host.trim();
        return KNOWN.stream().filter(region -> region.host().equalsIgnoreCase(wanted)).findFirst();
    }

    /** What the user typed or picked, reduced to a host: a known label maps to its host, anything else is kept. */
    public static String hostOf(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.trim();
        for (KnownRegion region : KNOWN) {
            if (region.label().equals(trimmed)) {
                return region.host();
            }
        }
        return trimmed;
    }

    /** The label for a known host, the host itself for a custom one. */
    public static String labelOf(String host) {
        return byHost(host).map(KnownRegion::label).orElse(host == null ? "" : host);
    }

    private static KnownRegion cf(String code, String name) {
        return new KnownRegion("cf." + code + ".hana.ondemand.com", name);
    }

    private static KnownRegion neo(String code, String name) {
        return new KnownRegion(code + ".hana.ondemand.com", name);
    }
}
