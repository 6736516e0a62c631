package dev.connectorconsole.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class EngineEventsTest {
    private static EngineConnection engine;
    private static String image;

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final List<EngineStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<String> deliveryThreads = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void buildImage() throws Exception {
        engine = EngineTestSupport.connect();
        image = TestImages.sharedBusybox(engine);
    }

    @AfterAll
    static void removeImage() {
        if (engine != null) {
            TestImages.removeImage(engine, image);
            engine.close();
        }
    }

    @Test
    void startAndDieOfOurContainerArriveOnTheEventsThread() throws Exception {
        TestContainers created = new TestContainers(engine);
        ContainerManager manager = new ContainerManager(engine);
        try (EngineEvents subscription = new EngineEvents(engine, TestImages.LABELS, this::record, statuses::add)) {
            subscription.start();
            assertThat(await(() -> statuses.contains(EngineStatus.UP))).isTrue();
            ContainerSpec spec = created.spec(image);

            String id = manager.run(spec);
            manager.stop(spec.name());

            assertThat(await(() -> has(id, "die"))).as("events: %s", events).isTrue();
            assertThat(events).filteredOn(e -> e.id().equals(id)).extracting(EngineEvent::action)
                    .containsSubsequence("create", "start", "die");
            assertThat(events).filteredOn(e -> e.id().equals(id)).allSatisfy(e -> {
                assertThat(e.type()).isEqualTo("container");
                assertThat(e.name()).isEqualTo(spec.name());
                assertThat(e.time()).isNotNull();
            });
            assertThat(deliveryThreads).allMatch(name -> name.startsWith("cc-engine-events-"));
            assertThat(statuses).containsExactly(EngineStatus.UP);
        } finally {
            created.removeAll();
        }
    }

    @Test
    void whenTheEngineGoesAwayDownIsReportedAndUpWhenItIsBackWithEventsFlowingAgain() throws Exception {
        TestContainers created = new TestContainers(engine);
        ContainerManager manager = new ContainerManager(engine);
        try (EngineProxy proxy = EngineProxy.start();
             EngineConnection viaProxy = EngineConnection.open(proxy.endpoint());
             EngineEvents subscription = new EngineEvents(viaProxy, TestImages.LABELS, this::record, statuses::add)) {
            subscription.start();
            assertThat(await(() -> statuses.equals(List.of(EngineStatus.UP)))).isTrue();

            proxy.stop();
            assertThat(await(() -> statuses.equals(List.of(EngineStatus.UP, EngineStatus.DOWN)))).as("statuses %s", statuses).isTrue();

            proxy.resume();
            assertThat(await(() -> statuses.equals(List.of(EngineStatus.UP, EngineStatus.DOWN, EngineStatus.UP))))
                    .as("statuses %s", statuses).isTrue();

            String id = manager.run(created.spec(image));
            assertThat(await(() -> has(id, "start"))).as("events after reconnecting: %s", events).isTrue();
        } finally {
            created.removeAll();
        }
    }

    @Test
    void aConnectionReplacedMeanwhileIsFollowedInsteadOfTheClosedOne() throws Exception {
        TestContainers created = new TestContainers(engine);
        ContainerManager manager = new ContainerManager(engine);
        EngineConnection first = EngineConnection.open(EngineLocator.locate());
        AtomicReference<EngineConnection> current = new AtomicReference<>(first);
        try (EngineConnection second = EngineConnection.open(EngineLocator.locate());
             EngineEvents subscription = new EngineEvents(current::get, TestImages.LABELS, this::record, statuses::add)) {
            subscription.start();
            assertThat(await(() -> statuses.contains(EngineStatus.UP))).isTrue();

            current.set(second);
            first.close();

            String id = manager.run(created.spec(image));
            assertThat(await(() -> has(id, "start"))).as("events through the new connection: %s", events).isTrue();
        } finally {
            created.removeAll();
        }
    }

    private void record(EngineEvent event) {
        deliveryThreads.add(Thread.currentThread().getName());
        events.add(event);
    }

    private boolean has(String id, String action) {
        return events.stream().anyMatch(e -> e.id().equals(id) && e.action().equals(action));
    }

    /** Patience for asynchronous delivery: true as soon as the condition holds, false after 30 s. */
    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
