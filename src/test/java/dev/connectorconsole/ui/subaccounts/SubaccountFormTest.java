package dev.connectorconsole.ui.subaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.Subaccount;
import dev.connectorconsole.connector.Tunnel;
import dev.connectorconsole.connector.TunnelState;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubaccountFormTest {
    private static final String GUID = "12345678-90ab-cdef-1234-567890abcdef";

    private static SubaccountForm filledForm() {
        SubaccountForm form = new SubaccountForm();
        form.startAdd();
        form.region().set("cf.eu10.hana.ondemand.com");
        form.subaccount().set(GUID);
        form.cloudUser().set("admin@example.com");
        form.cloudPassword().set("secret");
        return form;
    }

    @Test
    void emptyFormIsInvalidButShowsNoErrorsUntilTouched() {
        SubaccountForm form = new SubaccountForm();
        assertThat(form.isValid()).isFalse();
        assertThat(form.fields()).allSatisfy(f -> assertThat(f.shownErrorProperty().get()).isEmpty());
        form.touchAll();
        assertThat(form.region().shownErrorProperty().get()).contains("Choose the region");
        assertThat(form.cloudPassword().shownErrorProperty().get()).contains("password");
    }

    @Test
    void errorsFollowTheValuesLive() {
        SubaccountForm form = filledForm();
        assertThat(form.isValid()).isTrue();
        form.subaccount().set("my-subaccount");
        assertThat(form.isValid()).isFalse();
        assertThat(form.subaccount().shownErrorProperty().get()).contains("GUID");
        form.region().set("hana.ondemand.com");
        assertThat(form.subaccount().shownErrorProperty().get()).contains("starts with a letter");
        form.subaccount().set("dev");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void serverErrorShowsAtOnceAndClearsWhenTheUserEditsTheField() {
        SubaccountForm form = filledForm();
        form.showFailure(new SccException(SccException.Kind.CONFLICT, "The connector refused: conflict", 409,
                "INVALID_CONFIGURATION", "Subaccount already added", null, null, null));
        assertThat(form.subaccount().shownErrorProperty().get()).contains("already added");
        assertThat(form.subaccount().value()).isEqualTo(GUID);
        assertThat(form.cloudPassword().value()).isEqualTo("secret");
        form.subaccount().set("22345678-90ab-cdef-1234-567890abcdef");
        assertThat(form.subaccount().shownErrorProperty().get()).isEmpty();
    }

    @Test
    void editModeValidatesOnlyEditableFieldsAndTracksUnsavedChanges() {
        SubaccountForm form = new SubaccountForm();
        Tunnel tunnel = new Tunnel(TunnelState.CONNECTED, null, 0, List.of(), null, "admin@example.com");
        form.startEdit(new Subaccount("cf.eu10.hana.ondemand.com", GUID, "", "Prod", "", false, false, tunnel));
        assertThat(form.mode()).isEqualTo(SubaccountForm.Mode.EDIT);
        assertThat(form.isValid()).isTrue();
        assertThat(form.isDirty()).isFalse();
        form.displayName().set("Production");
        assertThat(form.isDirty()).isTrue();
        form.displayName().set("Prod");
        assertThat(form.isDirty()).isFalse();
        form.autoRenewalProperty().set(true);
        assertThat(form.isDirty()).isTrue();
        form.locationId().set("bad id");
        assertThat(form.isValid()).isFalse();
    }

    @Test
    void createRequestCarriesTrimmedValuesAndThePasswordAsSecret() {
        SubaccountForm form = filledForm();
        form.displayName().set("  Prod ");
        var create = form.toCreate();
        assertThat(create.displayName()).isEqualTo("Prod");
        assertThat(create.cloudPassword().value()).isEqualTo("secret");
        assertThat(create.toString()).doesNotContain("secret");
        assertThat(create.description()).isNull();
    }
}
