package dev.connectorconsole.testsupport;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineLocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the tests run, removes the containers, images, volumes and networks named {@code cc-test-…} that an interrupted
 * earlier run left on the engine: screens that list what the engine holds (Adopt) would otherwise show them. Only
 * that prefix is touched, and nothing is done when no engine answers (the tests that need it fail on their own).
 */
public final class LeftoversOfEarlierRuns implements LauncherSessionListener {
    static final String PREFIX = "cc-test-";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        EngineConnection connection;
        try {
            connection = EngineConnection.open(EngineLocator.locate(System.getenv(),
                    EngineLocator.dockerConfigDir(System.getenv())));
            connection.ping();
        } catch (RuntimeException noEngine) {
            return;
        }
        try (connection) {
            List<String> removed = removeAll(connection.client());
            if (!removed.isEmpty()) {
                System.out.println("Removed what an earlier test run left on the engine: " + removed);
            }
        } catch (RuntimeException e) {
            System.out.println("Could not remove what an earlier test run left on the engine: " + e.getMessage());
        }
    }

    private static List<String> removeAll(DockerClient docker) {
        List<String> removed = new ArrayList<>();
        for (Container container : docker.listContainersCmd().withShowAll(true).exec()) {
            if (Arrays.stream(container.getNames()).anyMatch(n -> n.replaceFirst("^/", "").startsWith(PREFIX))) {
                remove(() -> docker.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true)
                        .exec(), "container " + container.getNames()[0].replaceFirst("^/", ""), removed);
            }
        }
        for (Image image : docker.listImagesCmd().exec()) {
            String[] tags = image.getRepoTags() == null ? new String[0] : image.getRepoTags();
            for (String tag : tags) {
                if (tag.startsWith(PREFIX)) {
                    remove(() -> docker.removeImageCmd(tag).withForce(true).exec(), "image " + tag, removed);
                }
            }
        }
        List<InspectVolumeResponse> volumes = docker.listVolumesCmd().exec().getVolumes();
        for (InspectVolumeResponse volume : volumes == null ? List.<InspectVolumeResponse>of() : volumes) {
            if (volume.getName().startsWith(PREFIX)) {
                remove(() -> docker.removeVolumeCmd(volume.getName()).exec(), "volume " + volume.getName(), removed);
            }
        }
        for (Network network : docker.listNetworksCmd().exec()) {
            if (network.getName().startsWith(PREFIX)) {
                remove(() -> docker.removeNetworkCmd(network.getId()).exec(), "network " + network.getName(), removed);
            }
        }
        return removed;
    }

    private static void remove(Runnable removal, String what, List<String> removed) {
        try {
            removal.run();
            removed.add(what);
        } catch (RuntimeException e) {
            removed.add(what + " (could not: " + e.getMessage() + ")");
        }
    }
}
