package dev.connectorconsole.engine;

import com.github.dockerjava.api.command.InspectContainerResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContainerManagerTest {
    private static EngineConnection engine;
    private static String image;
    private TestContainers created;
    private ContainerManager manager;

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

    @BeforeEach
    void setUp() {
        created = new TestContainers(engine);
        manager = new ContainerManager(engine);
    }

    @AfterEach
    void removeContainers() {
        created.removeAll();
    }

    @Test
    void runPublishesTheConnectorPortWithVolumesHostnameLabelsAndRestartPolicy() throws Exception {
        ContainerSpec spec = created.spec(image);

        String id = manager.run(spec);

        assertThat(TestContainers.fetchPage(spec.hostPort(), Duration.ofSeconds(15))).isEqualTo(TestImages.PAGE);
        ContainerSnapshot snapshot = manager.inspect(spec.name()).orElseThrow();
        assertThat(snapshot.id()).isEqualTo(id);
        assertThat(snapshot.name()).isEqualTo(spec.name());
        assertThat(snapshot.image()).isEqualTo(image);
        assertThat(snapshot.state()).isEqualTo("running");
        assertThat(snapshot.startedAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(snapshot.hostPort()).isEqualTo(spec.hostPort());
        assertThat(snapshot.volumes()).as("an image that declares no install-folder VOLUME keeps a volume per folder")
                .isEqualTo(StateVolumes.perFolder(spec.name())).isEqualTo(manager.forImage(spec).volumes());
        assertThat(snapshot.labels()).containsEntry(ContainerSpec.MANAGED_LABEL, "true").containsEntry(EngineTestSupport.TEST_LABEL, "true");
        InspectContainerResponse raw = engine.client().inspectContainerCmd(id).exec();
        assertThat(raw.getConfig().getHostName()).isEqualTo(spec.name());
        assertThat(raw.getHostConfig().getRestartPolicy().getName()).isEqualTo("unless-stopped");
        assertThat(engine.client().inspectVolumeCmd(spec.name() + "_config").exec().getLabels())
                .containsEntry(EngineTestSupport.TEST_LABEL, "true");
        assertThat(manager.list()).anySatisfy(listed -> {
            assertThat(listed.name()).isEqualTo(spec.name());
            assertThat(listed.hostPort()).isEqualTo(spec.hostPort());
            assertThat(listed.volumes()).isEqualTo(snapshot.volumes());
        });
    }

    @Test
    void anImageOfTheOneVolumeLayoutGetsOneVolumeAtTheInstallFolder() throws Exception {
        String oneVolume = TestImages.buildOneVolumeLayout(engine, image);
        try {
            ContainerSpec spec = created.spec(oneVolume);

            manager.run(spec);

            assertThat(manager.inspect(spec.name()).orElseThrow().volumes())
                    .containsExactly(java.util.Map.entry(spec.name() + "_scc", "/opt/sap/scc"));
            assertThat(engine.client().listVolumesCmd().exec().getVolumes())
                    .noneMatch(v -> v.getName().equals(spec.name() + "_scc_config"));
        } finally {
            created.removeAll();
            TestImages.removeImage(engine, oneVolume);
        }
    }

    @Test
    void volumesAContainerOfTheSameNameLeftPerFolderAreUsedAgainOnAOneVolumeImage() throws Exception {
        String oneVolume = TestImages.buildOneVolumeLayout(engine, image);
        try {
            ContainerSpec spec = created.spec(oneVolume);
            engine.client().createVolumeCmd().withName(spec.name() + "_scc_config").withLabels(TestImages.LABELS).exec();

            manager.run(spec);

            assertThat(manager.inspect(spec.name()).orElseThrow().volumes())
                    .as("the configuration left in the old volumes is the container's again")
                    .containsAllEntriesOf(StateVolumes.perFolder(spec.name()))
                    .doesNotContainKey(spec.name() + "_scc");
        } finally {
            created.removeAll();
            TestImages.removeImage(engine, oneVolume);
        }
    }

    @Test
    void stopStartAndRestartChangeTheContainersState() throws Exception {
        ContainerSpec spec = created.spec(image);
        manager.run(spec);
        Instant firstStart = manager.inspect(spec.name()).orElseThrow().startedAt();

        manager.stop(spec.name());
        assertThat(manager.inspect(spec.name()).orElseThrow().state()).isEqualTo("exited");
        assertThat(manager.list()).filteredOn(c -> c.name().equals(spec.name())).singleElement()
                .extracting(ContainerSnapshot::state).isEqualTo("exited");
        manager.stop(spec.name());

        manager.start(spec.name());
        ContainerSnapshot started = manager.inspect(spec.name()).orElseThrow();
        assertThat(started.state()).isEqualTo("running");
        assertThat(started.startedAt()).isAfter(firstStart);

        manager.restart(spec.name());
        ContainerSnapshot restarted = manager.inspect(spec.name()).orElseThrow();
        assertThat(restarted.state()).isEqualTo("running");
        assertThat(restarted.startedAt()).isAfter(started.startedAt());
        assertThat(TestContainers.fetchPage(spec.hostPort(), Duration.ofSeconds(15))).isEqualTo(TestImages.PAGE);
    }

    @Test
    void recreateReplacesTheContainerAndKeepsVolumeData() throws Exception {
        ContainerSpec spec = created.spec(image);
        String firstId = manager.run(spec);
        created.exec(spec.name(), "sh", "-c", "echo kept-across-recreate > /opt/sap/scc/config/marker.txt");

        String secondId = manager.recreate(spec);

        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(created.exec(spec.name(), "cat", "/opt/sap/scc/config/marker.txt")).isEqualTo("kept-across-recreate\n");
        assertThat(TestContainers.fetchPage(spec.hostPort(), Duration.ofSeconds(15))).isEqualTo(TestImages.PAGE);
    }

    @Test
    void removeWithVolumesLeavesNothingBehind() throws Exception {
        ContainerSpec spec = manager.forImage(created.spec(image));
        manager.run(spec);

        manager.remove(spec.name(), true);

        assertThat(manager.inspect(spec.name())).isEmpty();
        assertThat(engine.client().listVolumesCmd().exec().getVolumes())
                .noneMatch(v -> spec.volumes().containsKey(v.getName()));
    }

    @Test
    void removeWithoutVolumesKeepsThem() throws Exception {
        ContainerSpec spec = manager.forImage(created.spec(image));
        manager.run(spec);

        manager.remove(spec.name(), false);

        assertThat(manager.inspect(spec.name())).isEmpty();
        assertThat(engine.client().listVolumesCmd().exec().getVolumes().stream().map(v -> v.getName()))
                .containsAll(spec.volumes().keySet());
    }

    @Test
    void aPortHeldByAnotherProgramIsReportedWithAFreeOne() throws Exception {
        ContainerSpec spec = created.spec(image);
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("0.0.0.0", spec.hostPort()));

            PortInUseException failure = catchThrowableOfType(PortInUseException.class, () -> manager.run(spec));

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.PORT_IN_USE);
            assertThat(failure.port()).isEqualTo(spec.hostPort());
            assertThat(failure.proposedPort()).isGreaterThan(spec.hostPort());
            assertThat(PortCheck.isFree(failure.proposedPort())).isTrue();
            assertThat(failure.holder()).hasValueSatisfying(holder -> assertThat(holder).startsWith("process 'java' (pid "));
            assertThat(failure.getMessage()).isEqualTo("Host port " + spec.hostPort() + " is already in use by "
                    + failure.holder().orElseThrow() + ". Port " + failure.proposedPort() + " is free: use that one instead.");
            assertThat(manager.inspect(spec.name())).isEmpty();
        }
    }

    @Test
    void aPortPublishedByAnotherContainerNamesThatContainer() throws Exception {
        ContainerSpec first = created.spec(image);
        manager.run(first);
        ContainerSpec second = created.spec(image).withHostPort(first.hostPort());

        PortInUseException failure = catchThrowableOfType(PortInUseException.class, () -> manager.run(second));

        assertThat(failure.holder()).contains("container '" + first.name() + "'");
        assertThat(failure.getMessage()).contains("in use by container '" + first.name() + "'");
    }

    @Test
    void aNameInUseIsANameConflict() throws Exception {
        ContainerSpec first = created.spec(image);
        manager.run(first);
        ContainerSpec sameName = first.withHostPort(PortCheck.nextFree(first.hostPort() + 1));

        EngineException failure = catchThrowableOfType(EngineException.class, () -> manager.run(sameName));

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.NAME_CONFLICT);
        assertThat(failure.getMessage()).isEqualTo("A container named '" + first.name() + "' already exists. Remove it or choose another name.");
    }

    @Test
    void aMissingImageSaysToBuildItFirst() {
        ContainerSpec spec = created.spec("cc-test-never-built:" + EngineTestSupport.uniqueName("img").substring(8));

        EngineException failure = catchThrowableOfType(EngineException.class, () -> manager.run(spec));

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.IMAGE_MISSING);
        assertThat(failure.getMessage()).isEqualTo("The image '" + spec.image() + "' is not in the Docker engine. Build it first.");
    }

    @Test
    void commandsOnAnUnknownContainerSayItDoesNotExist() {
        String name = EngineTestSupport.uniqueName("absent");

        EngineException failure = catchThrowableOfType(EngineException.class, () -> manager.start(name));

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.NOT_FOUND);
        assertThat(failure.getMessage()).isEqualTo("There is no container named '" + name + "'.");
        assertThat(manager.inspect(name)).isEmpty();
    }
}
