package dev.connectorconsole.ui.health;

import dev.connectorconsole.app.LastKnownStates.Facet;
import dev.connectorconsole.app.LastKnownStates.Place;
import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.connector.CpuUsage;
import dev.connectorconsole.connector.MemoryUsage;
import dev.connectorconsole.connector.MonitoredCertificate;
import dev.connectorconsole.connector.ResourceSplit;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.ShownConnector;
import javafx.beans.property.ReadOnlyObjectProperty;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Health screen's state: the connector's alerts (newest first), its certificates with days left, and its memory,
 * CPU and disk, and its traffic to internal systems, read in one background call each refresh ({@link HealthData}). The screen refreshes on a timer only
 * while it is shown.
 */
public final class HealthViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** One certificate as the screen lists it. */
    public record CertificateRow(String type, String owner, String validTo, long daysLeft, String state,
                                 String renewal) {}

    private final ConnectorCalls calls;
    private final Clock clock;
    private final IntSupplier refreshSeconds;
    private final ObservableList<ConnectorAlert> alerts = FXCollections.observableArrayList();
    private final ObservableList<CertificateRow> certificates = FXCollections.observableArrayList();
    private final ObservableList<BackendRows.BackendRow> backends = FXCollections.observableArrayList();
    private final ObservableList<BackendRows.SlowCallRow> slowest = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cpu = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper disk = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper("");
    private boolean inFlight;
    /** What each connector context's Health screen showed last, shown at once when the user switches back to it. */
    static final Facet<HealthData> READING = Facet.named("health");
    private final ShownConnector shown;
    private boolean lastKnownShown;

    /** @param refreshSeconds seconds between refreshes while shown (the settings' refreshSeconds) */
    public HealthViewModel(ConnectorCalls calls, Clock clock, IntSupplier refreshSeconds) {
        this(calls, clock, refreshSeconds, ShownConnector.alone(clock));
    }

    /** @param shown the connector context shown, and what each context showed last */
    public HealthViewModel(ConnectorCalls calls, Clock clock, IntSupplier refreshSeconds, ShownConnector shown) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshSeconds = Objects.requireNonNull(refreshSeconds, "refreshSeconds");
        this.shown = Objects.requireNonNull(shown, "shown");
        shown.profileProperty().addListener((obs, old, now) -> showLastKnown());
    }

    /** Another connector context is shown: its last known health at once, marked with its time; else nothing. */
    private void showLastKnown() {
        alerts.clear();
        certificates.clear();
        memory.set("");
        cpu.set("");
        disk.set("");
        problem.set("");
        updated.set("");
        lastKnownShown = false;
        shown.lastKnownAdmin(READING).ifPresent(known -> {
            show(known.value(), shown.asOf(known.at()));
            lastKnownShown = true;
        });
    }

    /** Reads everything once, quietly; ignored while a read still runs. Says so when not signed in. */
    public void refresh() {
        if (inFlight) {
            return;
        }
        Place asked = shown.adminPlace(calls.session().endpointProperty().get());
        inFlight = calls.run(null, client -> {
            HealthData read = HealthData.read(client);
            shown.keep(asked, READING, read);
            return read;
        }, data -> {
            inFlight = false;
            if (shown.isShown(asked, calls.session().endpointProperty().get())) {
                lastKnownShown = false;
                show(data, "Updated at " + TIME.format(LocalTime.ofInstant(clock.instant(), clock.getZone())));
            }
        }, failure -> {
            inFlight = false;
            if (shown.isShown(asked, calls.session().endpointProperty().get())) {
                calls.session().reportFailure(failure);
                problem.set(failure.getMessage());
            }
        });
        if (!inFlight && !lastKnownShown) {
            problem.set("Sign in to a connector to see its health.");
        }
    }

    public int refreshIntervalSeconds() {
        return Math.max(2, refreshSeconds.getAsInt());
    }

    private void show(HealthData data, String updatedText) {
        alerts.setAll(data.alerts());
        var now = clock.instant();
        certificates.setAll(data.certificates().stream().map(certificate -> new CertificateRow(
                certificate.type(), owner(certificate),
                certificate.validTo() == null ? "unknown" : DAY.withZone(clock.getZone()).format(certificate.validTo()),
                certificate.daysLeft(now) == null ? 0 : certificate.daysLeft(now),
                certificate.validity().name().toLowerCase(Locale.ROOT), CertificateRenewal.of(certificate.type())))
                .toList());
        backends.setAll(BackendRows.backends(data.connections(), data.usage(), clock.getZone()));
        slowest.setAll(BackendRows.slowest(data.slowest(), clock.getZone()));
        memory.set(memoryText(data.memory()));
        cpu.set(cpuText(data.cpu()));
        disk.set(diskText(data.disk()));
        problem.set("");
        updated.set(updatedText);
    }

    private static String owner(MonitoredCertificate certificate) {
        if (certificate.subaccount() != null) {
            return certificate.subaccount() + "@" + certificate.regionHost();
        }
        return certificate.subjectDN() == null ? "" : certificate.subjectDN();
    }

    static String memoryText(MemoryUsage memory) {
        return String.format(Locale.ROOT, "Heap %d of %d MB used · connector %d MB of %d MB physical",
                memory.heapUsedKb() / 1024, memory.heapTotalKb() / 1024, memory.physicalKb().cloudConnector() / 1024,
                memory.physicalKb().total() / 1024);
    }

    static String cpuText(CpuUsage cpu) {
        return String.format(Locale.ROOT, "Connector %.0f %% · host %.0f %%", cpu.cloudConnectorPercent(), cpu.totalPercent());
    }

    static String diskText(ResourceSplit disk) {
        return String.format(Locale.ROOT, "%d MB free of %d MB · connector %d MB", disk.free(), disk.total(),
                disk.cloudConnector());
    }

    public ObservableList<ConnectorAlert> alerts() { return alerts; }
    public ObservableList<CertificateRow> certificates() { return certificates; }
    ObservableList<BackendRows.BackendRow> backends() { return backends; }
    ObservableList<BackendRows.SlowCallRow> slowest() { return slowest; }
    public ReadOnlyStringProperty memoryProperty() { return memory.getReadOnlyProperty(); }
    public ReadOnlyStringProperty cpuProperty() { return cpu.getReadOnlyProperty(); }
    public ReadOnlyStringProperty diskProperty() { return disk.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty updatedProperty() { return updated.getReadOnlyProperty(); }
    public ConnectorSession session() { return calls.session(); }
    /** The connector context shown; changes on a switch. */
    public ReadOnlyObjectProperty<ConnectorProfile> shownProperty() { return shown.profileProperty(); }
}
