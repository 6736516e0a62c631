package dev.connectorconsole.ui.subaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubaccountRulesTest {
    private static final String CF = "cf.eu10.hana.ondemand.com";
    private static final String NEO = "hana.ondemand.com";

    @Test
    void regionHostIsRequiredAndMustBeAHostName() {
        assertThat(SubaccountRules.region("")).contains("Choose the region");
        assertThat(SubaccountRules.region("https://cf.eu10.hana.ondemand.com")).contains("without https://");
        assertThat(SubaccountRules.region("cf eu10")).contains("not a host name");
        assertThat(SubaccountRules.region(CF)).isEmpty();
        assertThat(SubaccountRules.region("my-custom.region.example")).isEmpty();
    }

    @Test
    void cloudFoundrySubaccountIsAGuidNotAName() {
        assertThat(SubaccountRules.subaccount("my-subaccount", CF)).contains("GUID");
        assertThat(SubaccountRules.subaccount("12345678-90ab-cdef-1234-567890abcdef", CF)).isEmpty();
        assertThat(SubaccountRules.subaccount("12345678-90AB-CDEF-1234-567890ABCDEF", CF)).isEmpty();
        assertThat(SubaccountRules.subaccount("", CF)).contains("subaccount ID");
    }

    @Test
    void neoSubaccountIsATechnicalName() {
        assertThat(SubaccountRules.subaccount("a117", NEO)).isEmpty();
        assertThat(SubaccountRules.subaccount("dev", NEO)).isEmpty();
        assertThat(SubaccountRules.subaccount("1dev", NEO)).contains("starts with a letter");
        assertThat(SubaccountRules.subaccount("", NEO)).contains("technical name");
    }

    @Test
    void cloudFoundryUserIsAnEmailOrSapUserId() {
        assertThat(SubaccountRules.cloudUser("admin@example.com", CF)).isEmpty();
        assertThat(SubaccountRules.cloudUser("S0012345678", CF)).isEmpty();
        assertThat(SubaccountRules.cloudUser("p1234567", CF)).isEmpty();
        assertThat(SubaccountRules.cloudUser("admin", CF)).contains("e-mail");
        assertThat(SubaccountRules.cloudUser("admin@example", CF)).contains("e-mail");
        assertThat(SubaccountRules.cloudUser("ad min@example.com", CF)).contains("no spaces");
        assertThat(SubaccountRules.cloudUser("admin", NEO)).isEmpty();
        assertThat(SubaccountRules.cloudUser(" ", CF)).contains("Enter the user");
    }

    @Test
    void passwordMustNotBeEmpty() {
        assertThat(SubaccountRules.password("")).isNotEmpty();
        assertThat(SubaccountRules.password(" x")).isEmpty();
    }

    @Test
    void locationIdIsUriSafeAndAtMost255Characters() {
        assertThat(SubaccountRules.locationId("")).isEmpty();
        assertThat(SubaccountRules.locationId("loc-1.dc_2~a")).isEmpty();
        assertThat(SubaccountRules.locationId("with space")).contains("letters, digits");
        assertThat(SubaccountRules.locationId("a/b")).contains("letters, digits");
        assertThat(SubaccountRules.locationId("x".repeat(255))).isEmpty();
        assertThat(SubaccountRules.locationId("x".repeat(256))).contains("at most 255").contains("256");
    }

    @Test
    void knownRegionsMapBetweenLabelAndHost() {
        assertThat(RegionHosts.labelOf(CF)).isEqualTo("Europe (Frankfurt) – cf.eu10.hana.ondemand.com");
        assertThat(RegionHosts.hostOf("Europe (Frankfurt) – cf.eu10.hana.ondemand.com")).isEqualTo(CF);
        assertThat(RegionHosts.hostOf("  custom.example.com ")).isEqualTo("custom.example.com");
        assertThat(RegionHosts.byHost("cf.cn40.platform.sapcloud.cn")).get()
                .extracting(KnownRegion::name).asString().contains("Alibaba");
        assertThat(RegionHosts.known()).filteredOn(KnownRegion::isCloudFoundry).hasSizeGreaterThanOrEqualTo(41);
        assertThat(RegionHosts.known()).extracting(KnownRegion::host).doesNotHaveDuplicates();
    }
}
