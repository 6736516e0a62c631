package dev.connectorconsole.ui.subaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.SccException.Kind;
import org.junit.jupiter.api.Test;

class SubaccountErrorsTest {
    @Test
    void duplicateSubaccountGoesNextToTheSubaccountId() {
        var placement = SubaccountErrors.place(Kind.CONFLICT, "Subaccount already added", "Conflict");
        assertThat(placement.target()).isEqualTo(FormTarget.SUBACCOUNT);
        assertThat(placement.sentence()).contains("already added");
    }

    @Test
    void cloudAuthenticationFailureGoesNextToUserAndPassword() {
        var placement = SubaccountErrors.place(Kind.INVALID_REQUEST,
                "Authentication failed for user admin@example.com", "Invalid request");
        assertThat(placement.target()).isEqualTo(FormTarget.CLOUD_CREDENTIALS);
        assertThat(placement.sentence()).contains("did not accept this user and password");
    }

    @Test
    void locationAndRegionMessagesGoToTheirFields() {
        assertThat(SubaccountErrors.place(Kind.INVALID_REQUEST, "Invalid location ID", "x").target())
                .isEqualTo(FormTarget.LOCATION_ID);
        assertThat(SubaccountErrors.place(Kind.SERVER_ERROR, "Unknown host cf.xx.example", "x").target())
                .isEqualTo(FormTarget.REGION);
    }

    @Test
    void lockedAndMissingSubaccountsAndOtherFailuresGoToTheMessageArea() {
        assertThat(SubaccountErrors.place(Kind.LOCKED, "locked", "x").target()).isEqualTo(FormTarget.FORM);
        assertThat(SubaccountErrors.place(Kind.NOT_FOUND, "Subaccount with value 'a@b' does not exist", "x"))
                .extracting(SubaccountErrors.Placement::target).isEqualTo(FormTarget.FORM);
        var other = SubaccountErrors.place(Kind.SERVER_ERROR, "boom", "The connector failed: boom");
        assertThat(other.target()).isEqualTo(FormTarget.FORM);
        assertThat(other.sentence()).isEqualTo("The connector failed: boom");
    }
}
