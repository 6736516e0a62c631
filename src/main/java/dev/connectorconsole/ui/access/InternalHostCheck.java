package dev.connectorconsole.ui.access;

import dev.connectorconsole.app.ReachabilityChecks;
import dev.connectorconsole.engine.Reachability;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Check host", from the connector: whether the internal host and port answer from inside the selected connector's
 * container network, worded for the user. Only possible when that container runs on this app's engine.
 */
public final class InternalHostCheck {
    /** What the user reads after a check: the sentence, and whether it is good news. */
    public record Result(boolean reachable, String text) {}

    private static final Pattern GATEWAY = Pattern.compile("sapgw([0-9]{2})(s?)");

    private final ReachabilityChecks checks;
    private final Supplier<Optional<String>> localContainer;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();

    public InternalHostCheck(ReachabilityChecks checks, Supplier<Optional<String>> localContainer, BackgroundTasks tasks) {
        this.checks = checks;
        this.localContainer = localContainer;
        this.tasks = tasks;
    }

    /** A check that is never possible (no engine at hand). */
    public static InternalHostCheck unavailable() {
        return new InternalHostCheck(null, Optional::empty, null);
    }

    public boolean possible() {
        return checks != null && localContainer.get().isPresent();
    }

    public void clear() {
        result.set(null);
    }

    public void check(String host, String port, String protocol) {
        Optional<String> container = localContainer.get();
        if (checks == null || container.isEmpty()) {
            result.set(new Result(false, "Only a connector whose container runs on this engine can be checked from."));
            return;
        }
        Optional<Integer> number = numericPort(port);
        if (number.isEmpty()) {
            result.set(new Result(false, "Enter the port as a number (or sapgwNN) to check it."));
            return;
        }
        running.set(true);
        result.set(null);
        boolean http = "HTTP".equals(protocol);
        String at = host + ":" + number.get();
        tasks.submitLong("check " + at, () -> checks.check(container.get(), host, number.get(), http), found -> {
            running.set(false);
            result.set(describe(found, at, container.get()));
        }, failure -> {
            running.set(false);
            result.set(new Result(false, "The check could not run: " + failure.getMessage()));
        });
    }

    /** A port number, also for the RFC gateway services sapgwNN (33NN) and sapgwNNs (48NN). */
    static Optional<Integer> numericPort(String port) {
        String value = port == null ? "" : port.trim();
        if (value.matches("[0-9]{1,5}")) {
            return Optional.of(Integer.parseInt(value));
        }
        Matcher gateway = GATEWAY.matcher(value);
        if (gateway.matches()) {
            return Optional.of((gateway.group(2).isEmpty() ? 3300 : 4800) + Integer.parseInt(gateway.group(1)));
        }
        return Optional.empty();
    }

    static Result describe(Reachability found, String at, String container) {
        return switch (found.outcome()) {
            case REACHABLE -> new Result(true, "Reachable from " + container + " in " + found.millis() + " ms"
                    + (found.detail().isEmpty() ? "." : " · " + found.detail()));
            case REFUSED -> new Result(false, "Refused: nothing listens on " + at + " as seen from " + container + ".");
            case TIMED_OUT -> new Result(false, "No answer from " + at + " within " + found.millis() / 1000
                    + " s: a firewall may drop the connection.");
            case UNKNOWN_HOST -> new Result(false, "The connector's network does not know the name "
                    + at.substring(0, at.lastIndexOf(':')) + ".");
            case UNREACHABLE -> new Result(false, "No route to " + at + " from the connector's network.");
            case FAILED -> new Result(false, "The check could not run: " + found.detail());
        };
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Result> resultProperty() { return result.getReadOnlyProperty(); }
}
