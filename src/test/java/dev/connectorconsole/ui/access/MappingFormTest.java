package dev.connectorconsole.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.BlockedClientUser;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SystemMapping;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The system form without a window: choices that follow each other, validation, dirty tracking, what is sent. */
class MappingFormTest {
    private final MappingForm form = new MappingForm();

    @Test
    void aNewFormIsValidOnlyOnceHostsAndPortsAreThere() {
        form.startAdd(List.of("erp-virtual:443"));
        assertThat(form.isValid()).isFalse();
        assertThat(form.isDirty()).isFalse();
        assertThat(form.protocol().value()).isEqualTo("HTTPS");
        form.virtualHost().set("erp-virtual");
        form.virtualPort().set("443");
        form.localHost().set("erp.corp.local");
        form.localPort().set("44300");
        assertThat(form.virtualPort().shownErrorProperty().get()).startsWith("Another system is already exposed");
        assertThat(form.isValid()).isFalse();
        form.virtualPort().set("8443");
        assertThat(form.isValid()).isTrue();
        assertThat(form.isDirty()).isTrue();

        SystemMapping sent = form.toMapping();
        assertThat(sent.key()).isEqualTo("erp-virtual:8443");
        assertThat(sent.backendType()).isEqualTo("abapSys");
        assertThat(sent.authenticationMode()).isEqualTo("NONE");
        assertThat(sent.hostInHeader()).isEqualTo("VIRTUAL");
        assertThat(sent.description()).as("empty optional fields are not sent").isNull();
    }

    @Test
    void protocolAndPrincipalFollowTheBackEnd() {
        form.startAdd(List.of());
        form.protocol().set("RFCS");
        form.principalType().set("X509_GENERAL");
        assertThat(form.principalTypes()).containsExactly("NONE", "X509_GENERAL", "X509_RESTRICTED");

        form.backendType().set("nonSAPsys");
        assertThat(form.protocols()).doesNotContain("RFC", "RFCS");
        assertThat(form.protocol().value()).as("RFC is not offered for a non-SAP system").isEqualTo("HTTPS");
        assertThat(form.principalType().value()).as("kept: HTTPS allows it").isEqualTo("X509_GENERAL");

        form.protocol().set("HTTP");
        assertThat(form.principalType().value()).as("HTTP allows no certificate").isEqualTo("NONE");
        form.localPort().set("sapgw00");
        assertThat(form.localPort().isValid()).isFalse();
        form.protocol().set("TCP");
        assertThat(form.toMapping().hostInHeader()).as("Host header only for HTTP(S)").isNull();
    }

    @Test
    void editingKeepsWhatTheFormDoesNotShowAndAddressesTheOldKey() {
        SystemMapping existing = new SystemMapping("erp-rfc", "sapgw00", "erp01", "sapgw00", "RFC", "abapSys", "NONE",
                null, "ERP", null, null, "/H/router/S/3299", List.of("100"), List.of(new BlockedClientUser("100", "DDIC")),
                Instant.parse("2026-01-01T00:00:00Z"), 3, 2);
        form.startEdit(existing, List.of("erp-rfc:sapgw00", "wiki:80"));
        assertThat(form.isDirty()).isFalse();
        assertThat(form.virtualPort().isValid()).as("its own key is not a clash").isTrue();
        form.virtualPort().set("sapgw01");
        assertThat(form.isDirty()).isTrue();

        SystemMapping sent = form.toMapping();
        assertThat(form.editing().key()).isEqualTo("erp-rfc:sapgw00");
        assertThat(sent.key()).isEqualTo("erp-rfc:sapgw01");
        assertThat(sent.allowedClients()).containsExactly("100");
        assertThat(sent.blockedUsers()).hasSize(1);
        assertThat(sent.sapRouter()).isEqualTo("/H/router/S/3299");
        assertThat(sent.sid()).isEqualTo("ERP");
        assertThat(sent.creationDate()).as("read-only, not sent").isNull();
    }

    @Test
    void rfcAccessListsAreCheckedAndSentOnlyForRfc() {
        form.startAdd(List.of());
        form.protocol().set("RFC");
        form.virtualHost().set("erp-rfc");
        form.virtualPort().set("sapgw00");
        form.localHost().set("erp01");
        form.localPort().set("sapgw00");
        form.allowedClients().set("100, 2000");
        assertThat(form.allowedClients().shownErrorProperty().get())
                .isEqualTo("'2000' is not an ABAP client: three digits, e.g. 100.");
        assertThat(form.isValid()).isFalse();
        form.allowedClients().set("100, 200, 100");
        form.blockedUsers().set("100:ddic, 000");
        assertThat(form.blockedUsers().shownErrorProperty().get()).startsWith("'000' is not client:user");
        form.blockedUsers().set("100:ddic, 000:SAP*");
        assertThat(form.isValid()).isTrue();

        SystemMapping sent = form.toMapping();
        assertThat(sent.allowedClients()).containsExactly("100", "200");
        assertThat(sent.blockedUsers()).containsExactly(new BlockedClientUser("100", "DDIC"),
                new BlockedClientUser("000", "SAP*"));
        form.protocol().set("HTTPS");
        assertThat(form.toMapping().allowedClients()).as("not an RFC system").isEmpty();
    }

    @Test
    void theConnectorsRefusalLandsNextToTheFieldItNames() {
        form.startAdd(List.of());
        form.showFailure(new SccException(SccException.Kind.CONFLICT, "409", 409, "CONFLICT",
                "A system mapping erp:443 already exists", null, null, null));
        assertThat(form.virtualHost().shownErrorProperty().get()).contains("already exists");
        form.showFailure(new SccException(SccException.Kind.INVALID_REQUEST, "400", 400, "INVALID_REQUEST",
                "Property 'localPort' must be a port between 1 and 65535", null, null, null));
        assertThat(form.localPort().shownErrorProperty().get()).contains("localPort");
        form.showFailure(new SccException(SccException.Kind.SERVER_ERROR, "500", 500, null, "boom", null, null, null));
        assertThat(form.messageProperty().get().text()).isEqualTo("boom");
    }
}
