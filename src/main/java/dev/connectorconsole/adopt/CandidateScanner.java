package dev.connectorconsole.adopt;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerMount;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists what `docker image ls` and `docker container ls --all` show and picks out connector candidates. Intermediate
 * build layers (what `docker image ls --all` adds) are left out: they are no one's connector image.
 * Reads only: nothing on the engine is changed.
 */
public final class CandidateScanner {
    private final DockerClient docker;

    public CandidateScanner(DockerClient docker) {
        this.docker = Objects.requireNonNull(docker);
    }

    public List<ConnectorCandidate> scan() {
        Map<String, ConnectorCandidate> images = new LinkedHashMap<>();
        for (Image image : docker.listImagesCmd().withShowAll(false).exec()) {
            imageCandidate(image).ifPresent(candidate -> images.put(image.getId(), candidate));
        }
        List<ConnectorCandidate> result = new ArrayList<>();
        for (Container container : docker.listContainersCmd().withShowAll(true).exec()) {
            containerCandidate(container, images.containsKey(container.getImageId())).ifPresent(result::add);
        }
        result.addAll(images.values());
        return result;
    }

    private Optional<ConnectorCandidate> imageCandidate(Image image) {
        List<String> tags = image.getRepoTags() == null ? List.of()
                : Arrays.stream(image.getRepoTags()).filter(t -> !t.startsWith("<none>")).toList();
        ContainerConfig config = inspectConfig(image.getId());
        List<String> exposed = config == null || config.getExposedPorts() == null ? List.of()
                : Arrays.stream(config.getExposedPorts()).map(ExposedPort::toString).toList();
        List<String> volumes = config == null || config.getVolumes() == null ? List.of()
                : List.copyOf(config.getVolumes().keySet());
        List<String> commands = config == null ? List.of() : Stream.concat(
                        Stream.ofNullable(config.getEntrypoint()).flatMap(Arrays::stream),
                        Stream.ofNullable(config.getCmd()).flatMap(Arrays::stream))
                .toList();
        Map<String, String> labels = image.getLabels() == null ? Map.of() : image.getLabels();
        List<String> reasons = CandidateRules.imageReasons(tags, labels,
                config == null ? null : config.getWorkingDir(), exposed, volumes, commands);
        if (!CandidateRules.isImageCandidate(reasons)) {
            return Optional.empty();
        }
        String name = tags.isEmpty() ? shortId(image.getId()) : tags.get(0);
        return Optional.of(new ConnectorCandidate(ConnectorCandidate.Kind.IMAGE, image.getId(), name, name, "", null,
                reasons, null, labels.containsKey(CandidateRules.MANAGED_LABEL)
                || labels.containsKey(CandidateRules.KIND_LABEL)));
    }

    private Optional<ConnectorCandidate> containerCandidate(Container container, boolean imageIsCandidate) {
        String name = container.getNames() == null || container.getNames().length == 0
                ? shortId(container.getId()) : container.getNames()[0].replaceFirst("^/", "");
        Integer published = null;
        boolean exposes = false;
        for (ContainerPort port : container.getPorts() == null ? new ContainerPort[0] : container.getPorts()) {
            if (Objects.equals(port.getPrivatePort(), CandidateRules.ADMIN_PORT)) {
                exposes = true;
                if (port.getPublicPort() != null && published == null) {
                    published = port.getPublicPort();
                }
            }
        }
        List<ContainerMount> mounts = container.getMounts() == null ? List.of() : container.getMounts();
        List<String> targets = mounts.stream().map(ContainerMount::getDestination).filter(Objects::nonNull).toList();
        Map<String, String> labels = container.getLabels() == null ? Map.of() : container.getLabels();
        List<String> reasons = new ArrayList<>(CandidateRules.containerReasons(name, published, exposes, labels, targets));
        if (imageIsCandidate) {
            reasons.add("Runs the connector image " + container.getImage());
        }
        if (!CandidateRules.isContainerCandidate(reasons, imageIsCandidate)) {
            return Optional.empty();
        }
        return Optional.of(new ConnectorCandidate(ConnectorCandidate.Kind.CONTAINER, container.getId(), name,
                container.getImage(), container.getState(), published, reasons, storage(mounts),
                labels.containsKey(CandidateRules.MANAGED_LABEL)));
    }

    static ConfigStorage storage(List<ContainerMount> mounts) {
        Map<String, String> persisted = new HashMap<>();
        for (ContainerMount mount : mounts) {
            if (mount.getDestination() != null) {
                persisted.put(mount.getDestination(), mount.getName() != null ? mount.getName() : mount.getSource());
            }
        }
        return storageOf(persisted);
    }

    static ConfigStorage storageOf(Map<String, String> mountsByTarget) {
        Map<String, String> persisted = new LinkedHashMap<>();
        List<String> ephemeral = new ArrayList<>();
        for (String folder : ConfigStorage.CONNECTOR_FOLDERS) {
            String covering = mountsByTarget.keySet().stream()
                    .filter(target -> folder.equals(target) || folder.startsWith(target + "/"))
                    .findFirst().orElse(null);
            if (covering == null) {
                ephemeral.add(folder);
            } else {
                persisted.put(folder, mountsByTarget.get(covering));
            }
        }
        return new ConfigStorage(persisted, ephemeral);
    }

    private ContainerConfig inspectConfig(String imageId) {
        try {
            InspectImageResponse inspect = docker.inspectImageCmd(imageId).exec();
            return inspect.getConfig();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    private static String shortId(String id) {
        String bare = id.startsWith("sha256:") ? id.substring(7) : id;
        return bare.substring(0, Math.min(12, bare.length()));
    }
}
