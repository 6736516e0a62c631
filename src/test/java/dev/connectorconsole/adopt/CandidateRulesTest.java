package dev.connectorconsole.adopt;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateRulesTest {
    @Test
    void walkthroughContainerPublishing8443IsACandidate() {
        List<String> reasons = CandidateRules.containerReasons("myscc", 8443, true, Map.of(), List.of());

        assertThat(reasons).contains("Publishes the connector's admin port 8443 on host port 8443",
                "Named like the container in SAP's Docker walkthrough");
        assertThat(CandidateRules.isContainerCandidate(reasons, false)).isTrue();
    }

    @Test
    void aContainerThatOnlyExposes8443IsNotEnough() {
        List<String> reasons = CandidateRules.containerReasons("web", null, true, Map.of(), List.of());

        assertThat(reasons).containsExactly("Exposes port 8443 (not published to the host)");
        assertThat(CandidateRules.isContainerCandidate(reasons, false)).isFalse();
    }

    @Test
    void anyContainerOfAConnectorImageIsACandidate() {
        assertThat(CandidateRules.isContainerCandidate(List.of(), true)).isTrue();
    }

    @Test
    void imageBuiltLikeTheSeedIsRecognisedByItsInstallFolder() {
        List<String> reasons = CandidateRules.imageReasons(List.of("scc:latest"), Map.of(), "/opt/sap/scc",
                List.of("8443/tcp"), List.of(), List.of("./go.sh"));

        assertThat(reasons).containsExactly("Its configuration points at /opt/sap/scc", "Exposes port 8443",
                "Tagged like the image in SAP's Docker walkthrough");
        assertThat(CandidateRules.isImageCandidate(reasons)).isTrue();
    }

    @Test
    void anUnrelatedImageIsIgnored() {
        List<String> reasons = CandidateRules.imageReasons(List.of("nginx:1.27"), Map.of(), "/usr/share/nginx",
                List.of("80/tcp"), List.of(), List.of("nginx"));

        assertThat(reasons).isEmpty();
        assertThat(CandidateRules.isImageCandidate(reasons)).isFalse();
    }

    @Test
    void repositoryNameIgnoresRegistryTagAndDigest() {
        assertThat(CandidateRules.repository("registry.example.com:5000/team/scc:2.19")).isEqualTo("scc");
        assertThat(CandidateRules.repository("scc")).isEqualTo("scc");
        assertThat(CandidateRules.repository("sapcc@sha256:abc")).isEqualTo("sapcc");
    }
}
