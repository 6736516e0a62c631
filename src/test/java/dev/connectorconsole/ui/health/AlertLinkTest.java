package dev.connectorconsole.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.ConnectorAlert;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which screen fixes which alert. */
class AlertLinkTest {
    @Test
    void subaccountAlertsOpenTheSubaccountResourcesTheContainerCertificatesNothing() {
        assertThat(AlertLink.of(alert("Tunnel", "abc@cf.eu10.hana.ondemand.com"))).isEqualTo(AlertLink.SUBACCOUNT);
        assertThat(AlertLink.of(alert("SubaccountCertificate", "abc@cf.eu10.hana.ondemand.com")))
                .isEqualTo(AlertLink.SUBACCOUNT);
        assertThat(AlertLink.of(alert("Disk", ""))).isEqualTo(AlertLink.CONTAINER);
        assertThat(AlertLink.of(alert("CPU", ""))).isEqualTo(AlertLink.CONTAINER);
        assertThat(AlertLink.of(alert("UICertificate", ""))).isEqualTo(AlertLink.NONE);
        assertThat(AlertLink.NONE.text()).isEmpty();
        assertThat(AlertLink.SUBACCOUNT.text()).isEqualTo("Open subaccount");
    }

    private static ConnectorAlert alert(String type, String entity) {
        return new ConnectorAlert(Instant.EPOCH, "Warning", type, "Master", "message", entity);
    }
}
