package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.connectorconsole.engine.EngineEventsTest.await;
import static org.assertj.core.api.Assertions.assertThat;

class EngineMonitorTest {
    private final List<EngineHealth> reports = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    @Test
    void reportsTheEngineInUseThenItsLossAndItsRecoveryOncePerChange() throws Exception {
        try (EngineProxy proxy = EngineProxy.start();
             EngineConnection viaProxy = EngineConnection.open(proxy.endpoint());
             EngineMonitor monitor = new EngineMonitor(viaProxy, Duration.ofMillis(100), this::record)) {
            monitor.start();
            assertThat(await(() -> reports.size() == 1)).isTrue();
            EngineHealth first = reports.get(0);
            assertThat(first.up()).isTrue();
            assertThat(first.describe()).isEqualTo(first.info().describe() + " at " + proxy.endpoint().host() + " (test proxy)");

            proxy.stop();
            assertThat(await(() -> reports.size() == 2)).isTrue();
            EngineHealth lost = reports.get(1);
            assertThat(lost.up()).isFalse();
            assertThat(lost.failure().kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
            assertThat(lost.describe()).startsWith("No Docker engine answers at " + proxy.endpoint().host());

            proxy.resume();
            assertThat(await(() -> reports.size() == 3)).isTrue();
            assertThat(reports.get(2).up()).isTrue();
            assertThat(reports.get(2).info()).isEqualTo(first.info());
            assertThat(monitor.last()).isEqualTo(reports.get(2));
            assertThat(threads).allMatch(name -> name.startsWith("cc-engine-monitor-"));
        }
    }

    @Test
    void anEngineThatIsNotThereIsReportedOnceNotOnEveryCheck() throws Exception {
        EngineEndpoint nowhere = new EngineEndpoint(URI.create("unix:///tmp/nonexistent.sock"), "DOCKER_HOST", false, null);
        try (EngineConnection connection = EngineConnection.open(nowhere);
             EngineMonitor monitor = new EngineMonitor(connection, Duration.ofMillis(50), this::record)) {
            monitor.start();
            assertThat(await(() -> reports.size() == 1)).isTrue();
            for (int laterCheck = 0; laterCheck < 3; laterCheck++) { // each check replaces last() with a new result
                EngineHealth seen = monitor.last();
                assertThat(await(() -> monitor.last() != seen)).isTrue();
            }

            assertThat(reports).singleElement().satisfies(health -> {
                assertThat(health.up()).isFalse();
                assertThat(health.failure().kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
            });
        }
    }

    private void record(EngineHealth health) {
        threads.add(Thread.currentThread().getName());
        reports.add(health);
    }
}
