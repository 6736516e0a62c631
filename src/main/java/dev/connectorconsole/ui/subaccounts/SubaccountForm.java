package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.Subaccount;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.SubaccountUpdate;
import dev.connectorconsole.ui.session.FormField;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The add/edit form of a subaccount, without a toolkit: values, live validation, unsaved-change tracking,
 * and connector errors placed next to the field they concern. The form keeps its values on any failure.
 */
public final class SubaccountForm {
    public enum Mode { ADD, EDIT }

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.ADD);
    private final FormField region = new FormField("Region", SubaccountRules::region);
    private final FormField subaccount;
    private final FormField displayName = new FormField("Display name", SubaccountRules::displayName);
    private final FormField cloudUser;
    private final FormField cloudPassword;
    private final FormField locationId = new FormField("Location ID", SubaccountRules::locationId);
    private final FormField description = new FormField("Description", SubaccountRules::description);
    private final BooleanProperty autoRenewal = new SimpleBooleanProperty();
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);
    private final ObjectProperty<Snapshot> saved = new SimpleObjectProperty<>(Snapshot.EMPTY);
    private final BooleanBinding valid;
    private final BooleanBinding dirty;

    public SubaccountForm() {
        subaccount = new FormField("Subaccount ID",
                id -> SubaccountRules.subaccount(id, region.trimmed()), region.valueProperty());
        cloudUser = new FormField("Subaccount user",
                user -> mode.get() == Mode.ADD ? SubaccountRules.cloudUser(user, region.trimmed()) : "",
                region.valueProperty(), mode);
        cloudPassword = new FormField("Password",
                pw -> mode.get() == Mode.ADD ? SubaccountRules.password(pw) : "", mode);
        FormField[] all = fields().toArray(FormField[]::new);
        valid = Bindings.createBooleanBinding(() -> fields().stream().allMatch(FormField::isValid),
                ruleErrors(all));
        dirty = Bindings.createBooleanBinding(() -> !snapshot().equals(saved.get()),
                dependenciesForDirty(all));
    }

    /** Empties the form for a new subaccount. */
    public void startAdd() {
        mode.set(Mode.ADD);
        for (FormField field : fields()) {
            field.load("");
        }
        autoRenewal.set(false);
        message.set(FormMessage.NONE);
        saved.set(snapshot());
    }

    /** Shows an existing subaccount; only display name, location ID, description and auto renewal are editable. */
    public void startEdit(Subaccount existing) {
        mode.set(Mode.EDIT);
        region.load(existing.regionHost());
        subaccount.load(existing.subaccount());
        displayName.load(Objects.requireNonNullElse(existing.displayName(), ""));
        cloudUser.load(existing.tunnel() == null ? "" : Objects.requireNonNullElse(existing.tunnel().user(), ""));
        cloudPassword.load("");
        locationId.load(Objects.requireNonNullElse(existing.locationID(), ""));
        description.load(Objects.requireNonNullElse(existing.description(), ""));
        autoRenewal.set(existing.autoCertRenewal());
        message.set(FormMessage.NONE);
        saved.set(snapshot());
    }

    /** Makes every rule message visible (the user pressed Save on an incomplete form). */
    public void touchAll() {
        fields().forEach(FormField::touch);
    }

    public SubaccountCreate toCreate() {
        return new SubaccountCreate(region.trimmed(), subaccount.trimmed(), cloudUser.trimmed(),
                new Secret(cloudPassword.value()), blankToNull(displayName.trimmed()), locationId.trimmed(),
                blankToNull(description.trimmed()), autoRenewal.get());
    }

    public SubaccountUpdate toUpdate() {
        return new SubaccountUpdate(displayName.trimmed(), locationId.trimmed(), description.trimmed(),
                autoRenewal.get());
    }

    /** Puts a connector error next to the field it concerns, or into the form's message area. */
    public void showFailure(SccException failure) {
        SubaccountErrors.Placement placement = SubaccountErrors.place(failure);
        message.set(FormMessage.NONE);
        switch (placement.target()) {
            case REGION -> region.showServerError(placement.sentence());
            case SUBACCOUNT -> subaccount.showServerError(placement.sentence());
            case CLOUD_CREDENTIALS -> {
                cloudUser.showServerError("Check the user name and the password.");
                cloudPassword.showServerError(placement.sentence());
            }
            case LOCATION_ID -> locationId.showServerError(placement.sentence());
            case DISPLAY_NAME -> displayName.showServerError(placement.sentence());
            case DESCRIPTION -> description.showServerError(placement.sentence());
            case FORM -> message.set(FormMessage.error(placement.sentence()));
        }
    }

    /** After a successful save: the values shown are now the saved ones; the password is forgotten. */
    public void markSaved(Subaccount result, String confirmation) {
        startEdit(result);
        message.set(FormMessage.success(confirmation));
    }

    public List<FormField> fields() {
        return List.of(region, subaccount, displayName, cloudUser, cloudPassword, locationId, description);
    }

    private Snapshot snapshot() {
        return new Snapshot(region.trimmed(), subaccount.trimmed(), displayName.value(), cloudUser.trimmed(),
                !cloudPassword.value().isEmpty(), locationId.value(), description.value(), autoRenewal.get());
    }

    private static javafx.beans.Observable[] ruleErrors(FormField[] all) {
        javafx.beans.Observable[] deps = new javafx.beans.Observable[all.length];
        for (int i = 0; i < all.length; i++) {
            deps[i] = all[i].ruleErrorProperty();
        }
        return deps;
    }

    private javafx.beans.Observable[] dependenciesForDirty(FormField[] all) {
        javafx.beans.Observable[] deps = new javafx.beans.Observable[all.length + 2];
        for (int i = 0; i < all.length; i++) {
            deps[i] = all[i].valueProperty();
        }
        deps[all.length] = autoRenewal;
        deps[all.length + 1] = saved;
        return deps;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** What the user would lose: no password value, only whether one was typed. */
    private record Snapshot(String region, String subaccount, String displayName, String cloudUser,
                            boolean passwordTyped, String locationId, String description, boolean autoRenewal) {
        static final Snapshot EMPTY = new Snapshot("", "", "", "", false, "", "", false);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode.getReadOnlyProperty(); }
    public Mode mode() { return mode.get(); }
    public FormField region() { return region; }
    public FormField subaccount() { return subaccount; }
    public FormField displayName() { return displayName; }
    public FormField cloudUser() { return cloudUser; }
    public FormField cloudPassword() { return cloudPassword; }
    public FormField locationId() { return locationId; }
    public FormField description() { return description; }
    public BooleanProperty autoRenewalProperty() { return autoRenewal; }
    public ObjectProperty<FormMessage> messageProperty() { return message; }
    public BooleanBinding validProperty() { return valid; }
    public boolean isValid() { return valid.get(); }
    public BooleanBinding dirtyProperty() { return dirty; }
    public boolean isDirty() { return dirty.get(); }
}
