package dev.connectorconsole.ui.signin;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.ui.session.ConnectorSession;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import dev.connectorconsole.ui.session.FormField;

/** The connector's forced first password change: current, new and repeated password. */
public final class PasswordChangeViewModel {
    private final ConnectorSession session;
    private final FormField current = new FormField("Current password",
            text -> text == null || text.isEmpty() ? "Enter the current password (initially manage)." : "");
    private final FormField next;
    private final FormField repeat;
    private final BooleanBinding canChange;

    public PasswordChangeViewModel(ConnectorSession session) {
        this.session = Objects.requireNonNull(session, "session");
        next = new FormField("New password", text -> {
            if (text == null || text.isEmpty()) {
                return "Choose a new password.";
            }
            return text.equals(current.value()) ? "The new password must differ from the current one." : "";
        }, current.valueProperty());
        repeat = new FormField("Repeat new password",
                text -> Objects.equals(text, next.value()) ? "" : "The two new passwords differ.",
                next.valueProperty());
        canChange = Bindings.createBooleanBinding(
                () -> current.isValid() && next.isValid() && repeat.isValid() && !session.busyProperty().get(),
                current.ruleErrorProperty(), next.ruleErrorProperty(), repeat.ruleErrorProperty(),
                session.busyProperty());
    }

    public void change() {
        if (!canChange.get()) {
            current.touch();
            next.touch();
            repeat.touch();
            return;
        }
        session.changeInitialPassword(new Secret(current.value()), new Secret(next.value()), this::rejected);
    }

    private void rejected(SccException failure) {
        String detail = failure.serverMessage() == null || failure.serverMessage().isBlank()
                ? "" : " (" + failure.serverMessage() + ")";
        current.showServerError("The connector did not accept the change: check the current password" + detail + ".");
    }

    /** Forgets all typed passwords (after success or when the step is left). */
    public void clear() {
        current.load("");
        next.load("");
        repeat.load("");
    }

    public FormField current() { return current; }
    public FormField next() { return next; }
    public FormField repeat() { return repeat; }
    public BooleanBinding canChangeProperty() { return canChange; }
}
