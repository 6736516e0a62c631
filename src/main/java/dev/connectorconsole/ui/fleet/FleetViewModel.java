package dev.connectorconsole.ui.fleet;

import dev.connectorconsole.app.FleetReading;
import dev.connectorconsole.app.FleetRefresh;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The fleet: every connector profile's subaccounts in one table, read in parallel off the FX thread (one refresh at
 * a time), with a summary ("3 connectors, 7 subaccounts, 1 not reachable") and a text filter.
 */
public final class FleetViewModel implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Supplier<List<ConnectorProfile>> profiles;
    private final CompletableFuture<SecretStore> passwords;
    private final BackgroundTasks tasks;
    private final Duration timeout;
    private final ObservableList<FleetRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FleetRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper();
    private FleetRefresh refresh;

    public FleetViewModel(Supplier<List<ConnectorProfile>> profiles, CompletableFuture<SecretStore> passwords,
                          BackgroundTasks tasks, Duration timeout) {
        this.profiles = profiles;
        this.passwords = passwords;
        this.tasks = tasks;
        this.timeout = timeout;
        filter.addListener((obs, old, now) -> visible.setPredicate(row -> row.matches(now)));
    }

    public void refresh() {
        if (refreshing.get()) {
            return;
        }
        List<ConnectorProfile> all = List.copyOf(profiles.get());
        refreshing.set(true);
        tasks.submitLong("refresh the fleet", () -> reader().read(all), this::show, failure -> {
            refreshing.set(false);
            summary.set("The fleet could not be read: " + failure.getMessage());
        });
    }

    private synchronized FleetRefresh reader() {
        if (refresh == null) {
            refresh = new FleetRefresh(passwords.join(), timeout, 8);
        }
        return refresh;
    }

    private void show(List<FleetReading> readings) {
        refreshing.set(false);
        rows.setAll(readings.stream().flatMap(r -> FleetRow.of(r).stream()).toList());
        long read = readings.stream().filter(r -> r.state() == FleetReading.State.READ).count();
        long subaccounts = readings.stream().mapToLong(r -> r.subaccounts().size()).sum();
        long unreachable = readings.stream().filter(r -> r.state() == FleetReading.State.FAILED
                || r.state() == FleetReading.State.TIMED_OUT).count();
        long unknown = readings.size() - read - unreachable;
        summary.set(readings.size() + " connector(s), " + subaccounts + " subaccount(s)"
                + (unreachable > 0 ? ", " + unreachable + " not reachable" : "")
                + (unknown > 0 ? ", " + unknown + " to sign in to once" : "")
                + " · updated at " + LocalTime.now().format(TIME));
    }

    public ObservableList<FleetRow> rows() { return rows; }
    public FilteredList<FleetRow> visibleRows() { return visible; }
    public StringProperty filterProperty() { return filter; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty refreshingProperty() { return refreshing.getReadOnlyProperty(); }

    @Override
    public synchronized void close() {
        if (refresh != null) {
            refresh.close();
        }
    }
}
