package dev.connectorconsole.ui.signin;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.ui.session.AdminUrl;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.FormField;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** The sign-in form: connector address, user and password, checked before anything is sent. */
public final class SignInViewModel {
    public static final String DEFAULT_USER = "Administrator";

    private final ConnectorSession session;
    private final FormField adminUrl = new FormField("Admin URL", text -> AdminUrl.problem(text).orElse(""));
    private final FormField user = new FormField("User",
            text -> text == null || text.isBlank() ? "Enter the connector user (initially Administrator)." : "");
    private final FormField password = new FormField("Password",
            text -> text == null || text.isEmpty() ? "Enter the password (initially manage)." : "");
    private final BooleanBinding canSignIn;
    /** The password of the last sign-in, in memory only, until the forced password change takes it as current. */
    private Secret typed;

    /** @param defaultAdminUrl e.g. https://localhost:8443 from the running container's published port */
    public SignInViewModel(ConnectorSession session, String defaultAdminUrl, String defaultUser) {
        this.session = Objects.requireNonNull(session, "session");
        adminUrl.load(defaultAdminUrl == null ? "https://localhost:" + AdminUrl.DEFAULT_PORT : defaultAdminUrl);
        user.load(defaultUser == null || defaultUser.isBlank() ? DEFAULT_USER : defaultUser);
        canSignIn = Bindings.createBooleanBinding(
                () -> adminUrl.isValid() && user.isValid() && password.isValid() && !session.busyProperty().get(),
                adminUrl.ruleErrorProperty(), user.ruleErrorProperty(), password.ruleErrorProperty(),
                session.busyProperty());
        session.loadRememberedPassword(adminUrl.value(), user.value(), secret -> {
            if (password.value().isEmpty()) {
                password.load(secret.value());
            }
        });
    }

    public void signIn() {
        if (!canSignIn.get()) {
            adminUrl.touch();
            user.touch();
            password.touch();
            return;
        }
        Secret secret = new Secret(password.value());
        typed = secret;
        password.load("");
        session.signIn(adminUrl.trimmed(), user.trimmed(), secret);
    }

    /** Forgets the typed password (the session holds it once sign-in started). */
    public void clearPassword() {
        password.load("");
    }

    /** The password the user just signed in with, handed out once (for the forced change's current password). */
    public java.util.Optional<Secret> takeTypedPassword() {
        java.util.Optional<Secret> taken = java.util.Optional.ofNullable(typed);
        typed = null;
        return taken;
    }

    public FormField adminUrl() { return adminUrl; }
    public FormField user() { return user; }
    public FormField password() { return password; }
    public BooleanBinding canSignInProperty() { return canSignIn; }
    public ConnectorSession session() { return session; }
}
