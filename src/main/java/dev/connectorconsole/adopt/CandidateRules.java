package dev.connectorconsole.adopt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The clues that make a container or image look like a Cloud Connector. Pure: tested without an engine. */
final class CandidateRules {
    static final String INSTALL_DIR = "/opt/sap/scc";
    static final int ADMIN_PORT = 8443;
    static final List<String> WALKTHROUGH_IMAGE_NAMES = List.of("scc", "sapcc", "sap-cloud-connector");
    static final List<String> WALKTHROUGH_CONTAINER_NAMES = List.of("myscc", "scc", "sapcc");
    static final String MANAGED_LABEL = "dev.connectorconsole.managed";
    static final String KIND_LABEL = "dev.connectorconsole.kind";

    private CandidateRules() {}

    static List<String> containerReasons(String name, Integer publishedPort, boolean exposes8443,
                                         Map<String, String> labels, Collection<String> mountTargets) {
        List<String> reasons = new ArrayList<>();
        if (labels != null && (labels.containsKey(MANAGED_LABEL) || labels.containsKey(KIND_LABEL))) {
            reasons.add("Created by Connector Console");
        }
        if (publishedPort != null) {
            reasons.add("Publishes the connector's admin port 8443 on host port " + publishedPort);
        } else if (exposes8443) {
            reasons.add("Exposes port 8443 (not published to the host)");
        }
        if (mountTargets.stream().anyMatch(target -> target.startsWith(INSTALL_DIR))) {
            reasons.add("Mounts folders under " + INSTALL_DIR);
        }
        if (WALKTHROUGH_CONTAINER_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            reasons.add("Named like the container in SAP's Docker walkthrough");
        }
        return reasons;
    }

    static List<String> imageReasons(Collection<String> tags, Map<String, String> labels, String workingDir,
                                     Collection<String> exposedPorts, Collection<String> volumes,
                                     Collection<String> configCommands) {
        List<String> reasons = new ArrayList<>();
        if (labels != null && (labels.containsKey(KIND_LABEL) || labels.containsKey(MANAGED_LABEL))) {
            reasons.add("Built by Connector Console");
        }
        boolean mentionsInstallDir = (workingDir != null && workingDir.startsWith(INSTALL_DIR))
                || volumes.stream().anyMatch(v -> v.startsWith(INSTALL_DIR))
                || configCommands.stream().anyMatch(c -> c != null && c.contains(INSTALL_DIR));
        if (mentionsInstallDir) {
            reasons.add("Its configuration points at " + INSTALL_DIR);
        }
        if (exposedPorts.stream().anyMatch(p -> p.startsWith(ADMIN_PORT + "/"))) {
            reasons.add("Exposes port 8443");
        }
        if (tags.stream().map(CandidateRules::repository).anyMatch(WALKTHROUGH_IMAGE_NAMES::contains)) {
            reasons.add("Tagged like the image in SAP's Docker walkthrough");
        }
        return reasons;
    }

    /** A container is a candidate on a strong clue; a bare "exposes 8443" or a name alone is not enough. */
    static boolean isContainerCandidate(List<String> reasons, boolean imageIsCandidate) {
        if (imageIsCandidate) {
            return true;
        }
        return reasons.stream().anyMatch(r -> r.startsWith("Created by") || r.startsWith("Publishes")
                || r.startsWith("Mounts"));
    }

    static boolean isImageCandidate(List<String> reasons) {
        return reasons.stream().anyMatch(r -> r.startsWith("Built by") || r.startsWith("Its configuration"))
                || (reasons.size() >= 2);
    }

    static String repository(String tag) {
        String withoutDigest = tag.contains("@") ? tag.substring(0, tag.indexOf('@')) : tag;
        int colon = withoutDigest.lastIndexOf(':');
        int slash = withoutDigest.lastIndexOf('/');
        String repo = colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
        return repo.substring(repo.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
