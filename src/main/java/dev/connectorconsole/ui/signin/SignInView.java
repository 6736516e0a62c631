package dev.connectorconsole.ui.signin;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.ui.session.AdminUrl;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.session.FormLayout;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.Screen;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Signing in to the connector, one card per step of {@link SessionState}: address and credentials, trusting the
 * certificate (or refusing a changed one), the forced first password change, and choosing the HA role.
 */
public final class SignInView implements Screen {
    public static final String TITLE = "Sign in";
    public static final Ikon ICON = Feather.LOG_IN;

    private final SignInViewModel model;
    private final ConnectorSession session;
    private final PasswordChangeViewModel passwordChange;
    private final StackPane root = new StackPane();
    private final VBox card = new VBox(14);

    public SignInView(SignInViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.session = model.session();
        this.passwordChange = new PasswordChangeViewModel(session);
        root.getStyleClass().add("sign-in");
        ConnectorStyles.apply(root, SignInView.class, "signin.css");
        card.getStyleClass().add("sign-in-card");
        card.setMaxWidth(600);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(new StackPane(card));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(Styles.BG_SUBTLE);
        root.getChildren().add(scroll);
        StackPane.setAlignment(card, Pos.CENTER);
        session.stateProperty().addListener((obs, old, now) -> showStep(now));
        session.presentedCertificateProperty().addListener((obs, old, now) -> showStep(session.state()));
        showStep(session.state());
    }

    @Override public String title() { return TITLE; }
    @Override public Ikon icon() { return ICON; }
    @Override public Node view() { return root; }

    private void showStep(SessionState state) {
        if (state == SessionState.PASSWORD_CHANGE_REQUIRED && passwordChange.current().value().isEmpty()) {
            model.takeTypedPassword().ifPresent(typed -> passwordChange.current().load(typed.value()));
        } else if (state == SessionState.SIGNED_IN) {
            model.takeTypedPassword();
        }
        Node content = switch (state) {
            case SIGNED_OUT, UNREACHABLE -> credentialsStep();
            case CERTIFICATE_TO_CONFIRM -> certificateStep();
            case PASSWORD_CHANGE_REQUIRED -> passwordStep();
            case HA_ROLE_REQUIRED -> haRoleStep();
            case SIGNED_IN -> signedInStep();
        };
        if (state != SessionState.PASSWORD_CHANGE_REQUIRED) {
            passwordChange.clear();
        }
        if (state == SessionState.SIGNED_IN || state == SessionState.PASSWORD_CHANGE_REQUIRED) {
            model.clearPassword();
        }
        card.getChildren().setAll(content);
    }

    // ---- steps ---------------------------------------------------------------------------------------------

    private Node credentialsStep() {
        FormLayout form = new FormLayout();
        TextField url = new TextField();
        url.textProperty().bindBidirectional(model.adminUrl().valueProperty());
        url.setPromptText("https://localhost:8443");
        form.add(model.adminUrl(), url, null);
        TextField user = new TextField();
        user.textProperty().bindBidirectional(model.user().valueProperty());
        form.add(model.user(), user, null);
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(model.password().valueProperty());
        form.add(model.password(), password, null);
        password.setOnAction(e -> model.signIn());
        if (session.canRememberPasswords()) {
            javafx.scene.control.CheckBox remember = new javafx.scene.control.CheckBox();
            remember.textProperty().bind(Bindings.when(session.passwordStorePersistentProperty())
                    .then("Remember the password in the desktop keyring")
                    .otherwise("Remember the password while the app runs"));
            remember.setId("remember-password");
            remember.selectedProperty().bindBidirectional(session.rememberPasswordProperty());
            Label note = new Label();
            note.textProperty().bind(Bindings.concat(session.passwordStoreDescriptionProperty(), "."));
            note.getStyleClass().addAll("field-hint", Styles.TEXT_SMALL);
            note.setWrapText(true);
            note.visibleProperty().bind(session.passwordStorePersistentProperty().not()
                    .and(Bindings.isNotEmpty(session.passwordStoreDescriptionProperty())));
            note.managedProperty().bind(note.visibleProperty());
            form.addPlain(new VBox(2, remember, note));
        }

        Button signIn = primary("Sign in", "sign-in", Feather.LOG_IN);
        signIn.disableProperty().bind(model.canSignInProperty().not());
        signIn.setOnAction(e -> model.signIn());
        VBox step = step(Feather.SERVER, "Sign in to the Cloud Connector",
                "Connector Console talks to the connector's admin API. A fresh connector accepts user "
                        + "Administrator with password manage until you change it.");
        step.getChildren().addAll(form.node(), errorArea(), buttons(busyIndicator("Connecting…"), signIn));
        if (model.adminUrl().value().isEmpty() || !model.password().value().isEmpty()) {
            url.requestFocus();
        } else {
            password.requestFocus();
        }
        return step;
    }

    private Node certificateStep() {
        ServerCertificate certificate = session.presentedCertificateProperty().get();
        String previous = session.pinnedFingerprintProperty().get();
        boolean changed = previous != null;
        if (certificate == null) {
            return credentialsStep();
        }
        VBox step = changed
                ? step(Feather.ALERT_TRIANGLE, "The connector's certificate has changed",
                "Nothing was sent. The connector at " + where() + " presents a certificate other than the one "
                        + "you trusted. If you did not renew or replace it, someone may be intercepting the "
                        + "connection: do not continue.")
                : step(Feather.SHIELD, "Trust this connector?",
                "The connector at " + where() + " presents this certificate. Compare the fingerprint with the "
                        + "one the connector shows (its admin UI: Configuration › User Interface › UI Certificate). "
                        + "Once trusted, Connector Console accepts only this certificate from this connector.");
        if (changed) {
            step.getStyleClass().add("danger-step");
        }
        VBox details = new VBox(10);
        details.getStyleClass().add("certificate-details");
        if (changed) {
            details.getChildren().add(detail("Trusted until now (SHA-256)", previous, true, "old-fingerprint"));
            details.getChildren().add(detail("Presented now (SHA-256)", certificate.sha256(), true, "new-fingerprint"));
        } else {
            details.getChildren().add(detail("Fingerprint (SHA-256)", certificate.sha256(), true, "fingerprint"));
        }
        details.getChildren().addAll(
                detail("Subject", certificate.subject(), false, "certificate-subject"),
                detail("Issuer", certificate.issuer(), false, "certificate-issuer"),
                detail("Valid", CertificateTexts.validity(certificate), false, "certificate-validity"));

        Button cancel = new Button(changed ? "Do not connect" : "Cancel");
        cancel.setId("reject-certificate");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> session.rejectCertificate());
        Button trust = changed ? new Button("Trust the new certificate") : primary("Trust and continue",
                "trust-certificate", Feather.CHECK);
        trust.setId("trust-certificate");
        if (changed) {
            trust.getStyleClass().addAll(Styles.DANGER);
        }
        trust.setOnAction(e -> session.trustPresentedCertificate());
        trust.disableProperty().bind(session.busyProperty());
        step.getChildren().addAll(details, buttons(busyIndicator("Checking…"), cancel, trust));
        if (changed) {
            cancel.requestFocus();
        }
        return step;
    }

    private Node passwordStep() {
        FormLayout form = new FormLayout();
        PasswordField current = new PasswordField();
        current.textProperty().bindBidirectional(passwordChange.current().valueProperty());
        form.add(passwordChange.current(), current, null);
        PasswordField next = new PasswordField();
        next.textProperty().bindBidirectional(passwordChange.next().valueProperty());
        form.add(passwordChange.next(), next, null);
        PasswordField repeat = new PasswordField();
        repeat.textProperty().bindBidirectional(passwordChange.repeat().valueProperty());
        form.add(passwordChange.repeat(), repeat, null);
        repeat.setOnAction(e -> passwordChange.change());

        Button change = primary("Change password", "change-password", Feather.KEY);
        change.disableProperty().bind(passwordChange.canChangeProperty().not());
        change.setOnAction(e -> passwordChange.change());
        Button signOut = new Button("Sign out");
        signOut.setOnAction(e -> session.signOut());
        VBox step = step(Feather.KEY, "Choose a new password",
                "The connector still uses its initial password and accepts nothing else until you set your own. "
                        + "From now on, sign in with the new password.");
        step.getChildren().addAll(form.node(), buttons(busyIndicator("Changing…"), signOut, change));
        (current.getText().isEmpty() ? current : next).requestFocus();
        return step;
    }

    private Node haRoleStep() {
        VBox step = step(Feather.GIT_BRANCH, "One more step: the connector's role",
                "A connector runs either as master or as shadow. The master is the single connector, or the main "
                        + "one of a high-availability pair. A shadow is the standby of such a pair: it takes over "
                        + "when the master fails, and is set up on the shadow connector itself.");
        Label advice = new Label("For a single connector, choose master.");
        advice.getStyleClass().add(Styles.TEXT_BOLD);
        Button master = primary("Make this connector the master", "make-master", Feather.CHECK);
        master.disableProperty().bind(session.busyProperty());
        master.setOnAction(e -> session.chooseMasterRole());
        Button signOut = new Button("Sign out");
        signOut.setOnAction(e -> session.signOut());
        step.getChildren().addAll(advice, errorArea(), buttons(busyIndicator("Saving…"), signOut, master));
        return step;
    }

    private Node signedInStep() {
        VBox step = step(Feather.CHECK_CIRCLE, "Signed in",
                "Signed in as " + session.userProperty().get() + " at " + where() + ".");
        Button signOut = new Button("Sign out");
        signOut.setId("sign-out");
        signOut.setOnAction(e -> session.signOut());
        Label note = new Label();
        note.setId("password-store-note");
        note.setWrapText(true);
        note.getStyleClass().addAll("field-hint", Styles.TEXT_SMALL);
        note.textProperty().bind(session.passwordStoreNoteProperty());
        note.visibleProperty().bind(Bindings.isNotEmpty(session.passwordStoreNoteProperty()));
        note.managedProperty().bind(note.visibleProperty());
        step.getChildren().addAll(note, buttons(new Region(), signOut));
        return step;
    }

    // ---- pieces --------------------------------------------------------------------------------------------

    private static VBox step(Ikon icon, String title, String explanation) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("step-icon");
        Label heading = new Label(title, glyph);
        heading.getStyleClass().addAll(Styles.TITLE_3, "step-title");
        heading.setId("step-title");
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.getStyleClass().add("step-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(12, heading, text);
    }

    private static Node detail(String caption, String value, boolean monospace, String id) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label valueLabel = new Label(value == null ? "—" : monospace ? CertificateTexts.twoLines(value) : value);
        valueLabel.setWrapText(true);
        valueLabel.setMinHeight(Region.USE_PREF_SIZE);
        valueLabel.setId(id);
        if (monospace) {
            valueLabel.getStyleClass().add("fingerprint");
        }
        return new VBox(2, captionLabel, valueLabel);
    }

    private Node errorArea() {
        Label error = new Label();
        error.setId("sign-in-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add("sign-in-error");
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.textProperty().bind(session.lastErrorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(session.lastErrorProperty())
                .and(session.busyProperty().not()));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Node busyIndicator(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label label = new Label(text, spinner);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.visibleProperty().bind(session.busyProperty());
        return label;
    }

    private static Button primary(String text, String id, Ikon icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setDefaultButton(true);
        button.getStyleClass().add(Styles.ACCENT);
        return button;
    }

    private static HBox buttons(Node left, Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, left, spacer);
        bar.getChildren().addAll(buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("step-buttons");
        return bar;
    }

    private String where() {
        return session.endpointProperty().get() == null ? "this address" : AdminUrl.format(session.endpointProperty().get());
    }
}
