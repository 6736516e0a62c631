package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.ConnectorSettings;
import dev.connectorconsole.connector.SubjectPatternRule;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connector settings screen's state: proxy, subject pattern rules, log/trace/audit levels and alert thresholds.
 * Every save checks its form first, runs off the FX thread, and on failure keeps what the user typed and shows the
 * connector's message in that form's status line.
 */
public final class ConnectorSettingsViewModel {
    private static final String FIX_FIELDS = "Correct the marked fields first; nothing was sent.";

    private final ConnectorCalls calls;
    private final ProxyForm proxy = new ProxyForm();
    private final RuleForm rule = new RuleForm();
    private final LevelsForm levels = new LevelsForm();
    private final SubaccountLevels subaccountLevels;
    private final ThresholdsForm thresholds = new ThresholdsForm();
    private final ObservableList<SubjectPatternRule> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ConnectorSettingsViewModel(ConnectorCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
        rule.startAdd();
        this.subaccountLevels = new SubaccountLevels(calls);
    }

    /** Reads all settings; says so when not signed in. */
    public void load() {
        boolean started = calls.run("Reading the connector settings", client -> SettingsSnapshot.read(client.settings()), data -> {
            problem.set("");
            proxy.load(data.proxy());
            rules.setAll(data.rules());
            levels.load(data.levels(), data.audit());
            thresholds.load(data.thresholds());
            subaccountLevels.load();
        }, failure -> {
            calls.session().reportFailure(failure);
            problem.set(failure.getMessage());
        });
        if (!started) {
            problem.set("Sign in to a connector to see its settings.");
        }
    }

    public void saveProxy() {
        if (!proxy.checkAll()) {
            proxy.messageProperty().set(FormMessage.error(FIX_FIELDS));
            return;
        }
        String host = proxy.hostValue();
        int port = proxy.portValue();
        String user = proxy.userValue();
        var password = proxy.passwordValue();
        save("Saving the proxy", proxy.messageProperty(), settings -> {
            settings.setProxy(host, port, user, password);
            return settings.proxy();
        }, saved -> {
            proxy.load(saved);
            proxy.messageProperty().set(FormMessage.success("Proxy saved."));
        });
    }

    public void removeProxy() {
        save("Removing the proxy", proxy.messageProperty(), settings -> {
            settings.removeProxy();
            return settings.proxy();
        }, saved -> {
            proxy.load(saved);
            proxy.messageProperty().set(FormMessage.success("Proxy removed: the connector reaches the cloud directly."));
        });
    }

    public void saveRule() {
        if (!rule.checkAll()) {
            rule.messageProperty().set(FormMessage.error(FIX_FIELDS));
            return;
        }
        SubjectPatternRule changed = rule.toRule();
        int index = rule.editing();
        changeRules(index < 0 ? "Adding the rule" : "Saving the rule", settings -> {
            if (index < 0) {
                settings.addSubjectPatternRule(changed);
            } else {
                settings.replaceSubjectPatternRule(index, changed);
            }
        }, index < 0 ? "Rule added." : "Rule saved.", true);
    }

    public void deleteRule(int index) {
        changeRules("Deleting the rule", settings -> settings.deleteSubjectPatternRule(index), "Rule deleted.", false);
    }

    /** Moves the rule at {@code index} one place up ({@code -1}) or down ({@code +1}). */
    public void moveRule(int index, int delta) {
        int target = index + delta;
        if (index < 0 || target < 0 || target >= rules.size()) {
            return;
        }
        changeRules("Moving the rule", settings -> settings.moveSubjectPatternRule(index, target), "Rule moved.", false);
    }

    public void startAddRule() {
        rule.startAdd();
    }

    /** Fills the rule form with the rule at {@code index}; the catch-all rule cannot be edited (false). */
    public boolean startEditRule(int index) {
        if (index < 0 || index >= rules.size() || rules.get(index).condition() == null) {
            rule.messageProperty().set(FormMessage.error("The catch-all rule (always true) can be moved or deleted, not edited."));
            return false;
        }
        rule.startEdit(index, rules.get(index));
        return true;
    }

    public void saveLevels() {
        String missing = levels.problem();
        if (!missing.isEmpty()) {
            levels.messageProperty().set(FormMessage.error(missing));
            return;
        }
        var chosen = levels.levels();
        var audit = levels.audit();
        save("Saving the log levels", levels.messageProperty(), settings -> {
            settings.setLogAndTraceLevels(chosen);
            settings.setAuditLog(audit);
            return settings.logAndTraceLevels();
        }, saved -> levels.messageProperty().set(FormMessage.success("Log, trace and audit levels saved.")));
    }

    public void saveThresholds() {
        if (!thresholds.checkAll()) {
            thresholds.messageProperty().set(FormMessage.error(FIX_FIELDS));
            return;
        }
        var chosen = thresholds.toThresholds();
        save("Saving the alert thresholds", thresholds.messageProperty(), settings -> {
            settings.setAlertThresholds(chosen);
            return settings.alertThresholds();
        }, saved -> {
            thresholds.load(saved);
            thresholds.messageProperty().set(FormMessage.success("Alert thresholds saved."));
        });
    }

    private interface SettingsChange {
        void apply(ConnectorSettings settings);
    }

    private void changeRules(String doing, SettingsChange change, String done, boolean resetForm) {
        save(doing, rule.messageProperty(), settings -> {
            change.apply(settings);
            return settings.subjectPatternRules();
        }, listed -> {
            rules.setAll(listed);
            if (resetForm) {
                rule.startAdd();
            }
            rule.messageProperty().set(FormMessage.success(done));
        }, this::rereadRules);
    }

    /** After a failed change the list may be out of date (another admin changed it): read it again, quietly. */
    private void rereadRules() {
        calls.run(null, client -> client.settings().subjectPatternRules(), rules::setAll, failure -> { });
    }

    private interface SettingsWork<T> {
        T apply(ConnectorSettings settings);
    }

    /** Runs {@code work} off the FX thread; a failure leaves the form as it is and shows the connector's message. */
    private <T> void save(String doing, ObjectProperty<FormMessage> status, SettingsWork<T> work, Consumer<T> onSaved) {
        save(doing, status, work, onSaved, () -> { });
    }

    private <T> void save(String doing, ObjectProperty<FormMessage> status, SettingsWork<T> work, Consumer<T> onSaved,
                          Runnable afterFailure) {
        if (calls.isBusy()) {
            return;
        }
        status.set(FormMessage.NONE);
        boolean started = calls.run(doing, client -> work.apply(client.settings()), onSaved, failure -> {
            calls.session().reportFailure(failure);
            status.set(FormMessage.error(failure.getMessage()));
            afterFailure.run();
        });
        if (!started) {
            status.set(FormMessage.error("Sign in to a connector first."));
        }
    }

    ProxyForm proxy() { return proxy; }
    RuleForm rule() { return rule; }
    LevelsForm levels() { return levels; }
    SubaccountLevels subaccountLevels() { return subaccountLevels; }
    ThresholdsForm thresholds() { return thresholds; }
    public ObservableList<SubjectPatternRule> rules() { return rules; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return calls.busyProperty(); }
    public ReadOnlyStringProperty busyTextProperty() { return calls.busyTextProperty(); }
}
