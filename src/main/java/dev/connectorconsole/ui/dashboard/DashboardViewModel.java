package dev.connectorconsole.ui.dashboard;

import dev.connectorconsole.app.LastKnownStates.Facet;
import dev.connectorconsole.app.LastKnownStates.Place;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.session.ShownConnector;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The dashboard: every subaccount with its tunnel from ONE call to {@code /api/monitoring/subaccounts}, a state
 * filter, and the time of the last update. The screen calls {@link #refresh()} on a timer while it is shown.
 */
public final class DashboardViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ConnectorSession session;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final IntSupplier refreshSeconds;
    private final ObservableList<DashboardRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DashboardRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<DashboardFilter> filter = new SimpleObjectProperty<>(DashboardFilter.ALL);
    private final ReadOnlyObjectWrapper<DashboardStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper updatedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> now;
    private final Map<DashboardFilter, IntegerBinding> counts = new EnumMap<>(DashboardFilter.class);
    private boolean inFlight;
    /** The rows each connector context showed last, for an instant picture when the user switches back to it. */
    static final Facet<List<DashboardRow>> ROWS = Facet.named("dashboard rows");
    private final ShownConnector shown;
    /** True while the rows are the shown context's last known ones, not yet read again. */
    private boolean lastKnownShown;

    /** @param refreshSeconds read each time the timer starts (settings' refreshSeconds; 10 by default) */
    public DashboardViewModel(ConnectorSession session, BackgroundTasks tasks, Clock clock, IntSupplier refreshSeconds) {
        this(session, tasks, clock, refreshSeconds, ShownConnector.alone(clock));
    }

    /** @param shown the connector context shown, and what each context showed last */
    public DashboardViewModel(ConnectorSession session, BackgroundTasks tasks, Clock clock, IntSupplier refreshSeconds,
                              ShownConnector shown) {
        this.shown = Objects.requireNonNull(shown, "shown");
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshSeconds = Objects.requireNonNull(refreshSeconds, "refreshSeconds");
        now = new ReadOnlyObjectWrapper<>(clock.instant());
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(
                () -> filter.get()::accepts, filter));
        for (DashboardFilter each : DashboardFilter.values()) {
            counts.put(each, Bindings.createIntegerBinding(
                    () -> (int) rows.stream().filter(each::accepts).count(), rows));
        }
        session.stateProperty().addListener((obs, old, state) -> followSession(state));
        followSession(session.state());
        shown.profileProperty().addListener((obs, old, now) -> showLastKnown());
    }

    /** Reads the monitoring list once; ignored while a read is still running or when not signed in. */
    public void refresh() {
        Optional<SccClient> client = session.client();
        if (client.isEmpty() || session.state() == SessionState.SIGNED_OUT) {
            if (!lastKnownShown) { // a last known picture stays until the session that is opening answers
                followSession(session.state());
            }
            return;
        }
        if (inFlight) {
            return;
        }
        inFlight = true;
        if (status.get() != DashboardStatus.READY && status.get() != DashboardStatus.EMPTY) {
            status.set(DashboardStatus.LOADING);
        }
        SccClient active = client.get();
        Place asked = shown.adminPlace(session.endpointProperty().get());
        tasks.submit("refresh dashboard", () -> DashboardData.read(active), data -> show(asked, data), failure -> {
            inFlight = false;
            boolean sessionWide = session.reportFailure(failure);
            problem.set(sessionWide ? session.lastErrorProperty().get() : failure.getMessage());
            status.set(session.state() == SessionState.UNREACHABLE ? DashboardStatus.UNREACHABLE
                    : session.state() == SessionState.SIGNED_IN ? DashboardStatus.FAILED
                    : DashboardStatus.NOT_SIGNED_IN);
        });
    }

    /** Seconds between refreshes while the screen is shown; at least 2. */
    public int refreshIntervalSeconds() {
        return Math.max(2, refreshSeconds.getAsInt());
    }

    /**
     * Another connector context is shown: until its session answers, the dashboard shows what it showed last for it,
     * marked with its time; nothing at all when there is none (never another connector's rows).
     */
    private void showLastKnown() {
        updatedText.set("");
        lastKnownShown = false;
        var known = shown.lastKnownAdmin(ROWS);
        if (known.isEmpty()) {
            rows.clear();
        }
        known.ifPresent(k -> {
            lastKnownShown = true;
            now.set(k.at()); // before the rows: the table then draws them once
            rows.setAll(k.value());
            updatedText.set(shown.asOf(k.at()));
            status.set(rows.isEmpty() ? DashboardStatus.EMPTY : DashboardStatus.READY);
        });
    }

    private void show(Place asked, DashboardData data) {
        inFlight = false;
        List<DashboardRow> read = data.subaccounts().stream()
                .map(item -> DashboardRow.of(item, data.systemsOf(item))).toList();
        shown.keep(asked, ROWS, read);
        if (!shown.isShown(asked, session.endpointProperty().get())) {
            return;
        }
        session.reportSuccess();
        lastKnownShown = false;
        Instant at = clock.instant();
        now.set(at);
        rows.setAll(read);
        problem.set("");
        updatedText.set("Updated at " + TIME.format(LocalTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS),
                clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone())));
        status.set(rows.isEmpty() ? DashboardStatus.EMPTY : DashboardStatus.READY);
    }

    private void followSession(SessionState state) {
        switch (state) {
            case SIGNED_IN -> {
                if (status.get() == null || status.get() == DashboardStatus.NOT_SIGNED_IN
                        || status.get() == DashboardStatus.UNREACHABLE) {
                    status.set(DashboardStatus.LOADING);
                }
            }
            case UNREACHABLE -> {
                problem.set(session.lastErrorProperty().get());
                status.set(DashboardStatus.UNREACHABLE);
            }
            default -> {
                lastKnownShown = false;
                rows.clear();
                updatedText.set("");
                status.set(DashboardStatus.NOT_SIGNED_IN);
            }
        }
    }

    public ObservableList<DashboardRow> visibleRows() { return visibleRows; }
    public ObservableList<DashboardRow> rows() { return rows; }
    public ObjectProperty<DashboardFilter> filterProperty() { return filter; }
    public IntegerBinding count(DashboardFilter which) { return counts.get(which); }
    public ReadOnlyObjectProperty<DashboardStatus> statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty updatedTextProperty() { return updatedText.getReadOnlyProperty(); }
    /** The time the shown data was read, for relative times ("3 h ago"). */
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now.getReadOnlyProperty(); }
    public ConnectorSession session() { return session; }
}
