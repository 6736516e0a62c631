package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ProxySettings;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The proxy form, without a toolkit. The stored password is never read back: the password field then holds
 * {@link #UNCHANGED}, which keeps it; anything else typed there replaces it.
 */
final class ProxyForm {
    static final String UNCHANGED = "***";

    private final StringProperty storedUser = new SimpleStringProperty("");
    private final FormField host = new FormField("Proxy host", SettingsRules::proxyHost);
    private final FormField port = new FormField("Proxy port", SettingsRules::port);
    private final FormField user = new FormField("Proxy user", SettingsRules::proxyUser);
    private final FormField password;
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);

    ProxyForm() {
        password = new FormField("Proxy password",
                pw -> SettingsRules.proxyPassword(pw, user.value(), storedUser.get()), user.valueProperty(), storedUser);
    }

    void load(Optional<ProxySettings> proxy) {
        storedUser.set(proxy.map(ProxySettings::user).map(u -> Objects.requireNonNullElse(u, "")).orElse(""));
        host.load(proxy.map(ProxySettings::host).orElse(""));
        port.load(proxy.map(p -> Integer.toString(p.port())).orElse(""));
        user.load(storedUser.get());
        password.load(proxy.filter(ProxySettings::hasPassword).isPresent() ? UNCHANGED : "");
    }

    List<FormField> fields() {
        return List.of(host, port, user, password);
    }

    /** Shows every field's message; true when all are fine. */
    boolean checkAll() {
        fields().forEach(FormField::touch);
        return fields().stream().allMatch(FormField::isValid);
    }

    String hostValue() { return host.trimmed(); }
    int portValue() { return (int) SettingsRules.number(port.value()); }
    String userValue() { return user.trimmed().isEmpty() ? null : user.trimmed(); }

    /** The password to send, or null to keep the stored one (or to have none). */
    Secret passwordValue() {
        String value = password.value();
        return value.isEmpty() || UNCHANGED.equals(value) ? null : new Secret(value);
    }

    FormField host() { return host; }
    FormField port() { return port; }
    FormField user() { return user; }
    FormField password() { return password; }
    ObjectProperty<FormMessage> messageProperty() { return message; }
}
