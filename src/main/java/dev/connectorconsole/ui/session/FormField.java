package dev.connectorconsole.ui.session;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * One text field of a form, toolkit-free: its value, the rule it must satisfy, and an error from the connector
 * that concerns it. The rule's message is {@link #shownErrorProperty() shown} once the user has touched the field
 * (so an empty form does not start out red); a server error is shown at once and cleared when the value changes.
 */
public final class FormField {
    private final String label;
    private final StringProperty value = new SimpleStringProperty("");
    private final SimpleBooleanProperty touched = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper("");
    private final StringBinding ruleError;
    private final StringBinding shownError;

    /** @param rule returns the problem with a value as a sentence, or "" when the value is fine */
    public FormField(String label, Function<String, String> rule, ObservableValue<?>... ruleDependencies) {
        this.label = Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        ruleError = Bindings.createStringBinding(() -> Objects.requireNonNullElse(rule.apply(value.get()), ""),
                dependencies(value, ruleDependencies));
        shownError = Bindings.createStringBinding(() -> {
            if (!serverError.get().isEmpty()) {
                return serverError.get();
            }
            return touched.get() ? ruleError.get() : "";
        }, ruleError, serverError, touched);
        value.addListener((obs, old, now) -> {
            touched.set(true);
            serverError.set("");
        });
    }

    private static ObservableValue<?>[] dependencies(ObservableValue<?> first, ObservableValue<?>[] more) {
        ObservableValue<?>[] all = new ObservableValue<?>[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    public String label() { return label; }
    public StringProperty valueProperty() { return value; }
    public String value() { return value.get() == null ? "" : value.get(); }
    public String trimmed() { return value().trim(); }
    public void set(String text) { value.set(text == null ? "" : text); }

    /** Puts a value without counting it as the user's edit (loading a record into the form). */
    public void load(String text) {
        set(text);
        touched.set(false);
        serverError.set("");
    }

    /** Shows every rule message, e.g. when the user tries to save anyway. */
    public void touch() { touched.set(true); }

    public void showServerError(String sentence) { serverError.set(sentence == null ? "" : sentence); }

    public ReadOnlyStringProperty serverErrorProperty() { return serverError.getReadOnlyProperty(); }
    public StringBinding ruleErrorProperty() { return ruleError; }
    public StringBinding shownErrorProperty() { return shownError; }
    public boolean isValid() { return ruleError.get().isEmpty(); }
    public BooleanBinding validBinding() { return Bindings.createBooleanBinding(this::isValid, ruleError); }

    @Override
    public String toString() {
        return "FormField[" + label + "]";
    }
}
