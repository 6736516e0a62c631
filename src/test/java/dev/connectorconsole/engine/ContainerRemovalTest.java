package dev.connectorconsole.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Remove with data on the real engine: a volume another container also uses stops the removal before anything goes;
 * a volume taken by another container while the removal runs leaves it, and the failure names what went and what is left.
 */
class ContainerRemovalTest {
    private static EngineConnection engine;
    private static String image;
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();

    @BeforeAll
    static void buildImage() throws Exception {
        engine = EngineTestSupport.connect();
        image = TestImages.sharedBusybox(engine);
    }

    @AfterAll
    static void removeImage() {
        TestImages.removeImage(engine, image);
        engine.close();
    }

    @AfterEach
    void removeAll() {
        for (String container : containers) {
            try {
                engine.client().removeContainerCmd(container).withForce(true).exec();
            } catch (NotFoundException gone) {
                // removed by the test
            }
        }
        for (String volume : volumes) {
            try {
                engine.client().removeVolumeCmd(volume).exec();
            } catch (NotFoundException gone) {
                // removed by the test
            }
        }
    }

    @Test
    void aVolumeSharedWithAnotherContainerStopsTheRemovalBeforeAnythingGoes() {
        String config = volume("config");
        String log = volume("log");
        String connector = container("connector", config, log);
        String neighbour = container("neighbour", log);
        engine.client().startContainerCmd(connector).exec();

        assertThatThrownBy(() -> new ContainerManager(engine).remove(connector, true))
                .isInstanceOf(EngineException.class)
                .hasMessage("Nothing was removed: the volume " + log + " is also used by " + neighbour + ". Remove "
                        + connector + " keeping its data, or remove those containers first.");

        assertThat(new ContainerManager(engine).inspect(connector)).hasValueSatisfying(s -> assertThat(s.running()).isTrue());
        assertThat(exists(config)).isTrue();
        assertThat(exists(log)).isTrue();
    }

    @Test
    void aFailurePartWayNamesWhatWasRemovedAndWhatRemains() {
        String config = volume("config");
        String log = volume("log");
        String connector = container("connector", config, log);
        engine.client().startContainerCmd(connector).exec();
        ContainerManager manager = new ContainerManager(engine);
        ContainerSnapshot snapshot = manager.inspect(connector).orElseThrow();
        List<String> late = new ArrayList<>();
        boolean logFirst = List.copyOf(snapshot.volumes().keySet()).indexOf(log) == 0;
        String expected = "The container " + connector + " was removed" + (logFirst ? "" : ", and the volumes " + config)
                + "; the volumes " + (logFirst ? log + ", " + config : log) + " remain, with the connector's data in"
                + " them. Removing " + log + " failed: ";

        assertThatThrownBy(() -> new ContainerRemoval(engine).remove(snapshot, true, () -> {
            manager.stop(connector);
            late.add(container("late", log));
        })).isInstanceOf(EngineException.class)
                .hasMessageStartingWith(expected);

        assertThat(manager.inspect(connector)).isEmpty();
        assertThat(exists(log)).as("the volume in use stays").isTrue();
        assertThat(exists(config)).isEqualTo(logFirst);
        assertThat(manager.inspect(late.get(0))).isPresent();
    }

    private String volume(String purpose) {
        String name = EngineTestSupport.uniqueName("remove-" + purpose);
        engine.client().createVolumeCmd().withName(name)
                .withLabels(java.util.Map.of(EngineTestSupport.TEST_LABEL, "true")).exec();
        volumes.add(name);
        return name;
    }

    private String container(String purpose, String... mounted) {
        String name = EngineTestSupport.uniqueName("remove-" + purpose);
        List<Bind> binds = new ArrayList<>();
        for (int i = 0; i < mounted.length; i++) {
            binds.add(new Bind(mounted[i], new Volume("/data" + i)));
        }
        containers.add(name);
        engine.client().createContainerCmd(image).withName(name).withLabels(TestImages.LABELS)
                .withHostConfig(HostConfig.newHostConfig().withBinds(binds)).exec();
        return name;
    }

    private static boolean exists(String volume) {
        try {
            engine.client().inspectVolumeCmd(volume).exec();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }
}
