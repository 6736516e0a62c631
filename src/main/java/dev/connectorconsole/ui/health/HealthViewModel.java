package dev.connectorconsole.ui.health;

import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.connector.CpuUsage;
import dev.connectorconsole.connector.MemoryUsage;
import dev.connectorconsole.connector.MonitoredCertificate;
import dev.connectorconsole.connector.ResourceSplit;
import dev.connectorconsole.ui.session.ConnectorCalls;
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

    /** @param refreshSeconds seconds between refreshes while shown (the settings' refreshSeconds) */
    public HealthViewModel(ConnectorCalls calls, Clock clock, IntSupplier refreshSeconds) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshSeconds = Objects.requireNonNull(refreshSeconds, "refreshSeconds");
    }

    /** Reads everything once, quietly; ignored while a read still runs. Says so when not signed in. */
    public void refresh() {
        if (inFlight) {
            return;
        }
        inFlight = calls.run(null, HealthData::read, this::show, failure -> {
            inFlight = false;
            calls.session().reportFailure(failure);
            problem.set(failure.getMessage());
        });
        if (!inFlight) {
            problem.set("Sign in to a connector to see its health.");
        }
    }

    public int refreshIntervalSeconds() {
        return Math.max(2, refreshSeconds.getAsInt());
    }

    private void show(HealthData data) {
        inFlight = false;
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
        updated.set("Updated at " + TIME.format(LocalTime.ofInstant(now, clock.getZone())));
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
}
