package dev.connectorconsole.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access-control rules a user meets before anything is sent, and the choices each back-end and protocol allow. */
class AccessRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "443|HTTPS|''",
            "1|HTTP|''",
            "65535|TCP|''",
            "0|HTTP|A port is a number from 1 to 65535.",
            "65536|HTTPS|A port is a number from 1 to 65535.",
            "sapgw00|HTTPS|A port is a number from 1 to 65535.",
            "sapgw00|RFC|''",
            "sapgw47s|RFCS|''",
            "sapmsERP|RFC|''",
            "sapmsERPX|RFC|Use a port number, sapgw<instance> (e.g. sapgw00) or sapms<SID> (e.g. sapmsERP).",
            "sapgw0|RFC|Use a port number, sapgw<instance> (e.g. sapgw00) or sapms<SID> (e.g. sapmsERP).",
            "3300|RFC|''",
            "''|HTTP|Enter a port.",
            "''|RFC|'Enter a port, or a service such as sapgw00 or sapmsERP.'"})
    void portsFollowTheProtocol(String port, String protocol, String problem) {
        assertThat(AccessRules.port(port, protocol)).isEqualTo(problem);
    }

    @Test
    void hostsAreNamesWithoutSchemePathOrPort() {
        assertThat(AccessRules.host("erp.corp.local", "internal")).isEmpty();
        assertThat(AccessRules.host("erp_01", "virtual")).isEmpty();
        assertThat(AccessRules.host("", "virtual")).isEqualTo("Enter the virtual host.");
        assertThat(AccessRules.host("https://erp", "internal")).startsWith("Enter the host name only");
        assertThat(AccessRules.host("erp:443", "internal")).isEqualTo("Enter the port in its own field.");
        assertThat(AccessRules.host("erp corp", "internal")).startsWith("This is not a host name");
        assertThat(AccessRules.host("-erp", "internal")).startsWith("This is not a host name");
    }

    @Test
    void aVirtualHostAndPortIsTakenOnceRegardlessOfCase() {
        List<String> taken = List.of("erp-virtual:443", "wiki:80");
        assertThat(AccessRules.uniqueVirtual("ERP-Virtual", "443", taken))
                .isEqualTo("Another system is already exposed as ERP-Virtual:443; choose another virtual host or port.");
        assertThat(AccessRules.uniqueVirtual("erp-virtual", "444", taken)).isEmpty();
        assertThat(AccessRules.uniqueVirtual("wiki", "80 ", taken)).isNotEmpty();
    }

    @Test
    void resourcesAreUrlPathsForHttpAndFunctionNamesForRfc() {
        assertThat(AccessRules.resourceId("/sap/opu/odata", "HTTPS", List.of())).isEmpty();
        assertThat(AccessRules.resourceId("sap/opu", "HTTP", List.of())).isEqualTo("A URL path starts with /, e.g. /sap/opu/odata.");
        assertThat(AccessRules.resourceId("/a b", "HTTP", List.of())).contains("%20");
        assertThat(AccessRules.resourceId("/sap", "HTTP", List.of("/sap"))).isEqualTo("This resource is already in the list.");
        assertThat(AccessRules.resourceId("BAPI_", "RFC", List.of())).isEmpty();
        assertThat(AccessRules.resourceId("", "RFCS", List.of())).startsWith("Enter a function module name");
        assertThat(AccessRules.sid("ERP")).isEmpty();
        assertThat(AccessRules.sid("erp")).startsWith("A system ID is three characters");
        assertThat(AccessRules.description("x".repeat(AccessRules.DESCRIPTION_MAX + 1))).isNotEmpty();
    }

    @Test
    void choicesFollowBackEndAndProtocol() {
        assertThat(AccessChoices.protocols("abapSys")).contains("RFC", "RFCS", "HTTPS");
        assertThat(AccessChoices.protocols("netweaverGW")).contains("RFC");
        assertThat(AccessChoices.protocols("nonSAPsys")).doesNotContain("RFC", "RFCS").contains("HTTPS", "TCP", "LDAPS");
        assertThat(AccessChoices.principalTypes("HTTP")).containsExactly("NONE", "KERBEROS");
        assertThat(AccessChoices.principalTypes("HTTPS")).hasSize(5);
        assertThat(AccessChoices.principalTypes("RFCS")).containsExactly("NONE", "X509_GENERAL", "X509_RESTRICTED");
        assertThat(AccessChoices.principalTypes("RFC")).containsExactly("NONE");
        assertThat(AccessChoices.principalTypes("TCPS")).containsExactly("NONE");
        assertThat(AccessChoices.backendLabel("abapSys")).isEqualTo("ABAP System");
        assertThat(AccessChoices.protocolLabel("RFCS")).isEqualTo("RFC SNC");
        assertThat(AccessChoices.principalLabel("X509_RESTRICTED")).isEqualTo("X.509 Certificate (Strict Usage)");
        assertThat(AccessChoices.backendLabel("someFutureType")).as("unknown values shown as they are")
                .isEqualTo("someFutureType");
    }
}
