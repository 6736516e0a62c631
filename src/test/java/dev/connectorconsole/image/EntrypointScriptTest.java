package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntrypointScriptTest {
    @Test
    void replacesProgramFilesSeedsStateWithoutOverwritingAndRunsGoSh() {
        String script = EntrypointScript.text();

        assertThat(script).startsWith("#!/bin/sh\n").endsWith("exec ./go.sh \"$@\"\n")
                .contains("dist=/opt/sap/scc-dist\n", "home=/opt/sap/scc\n",
                        "state='config config_master scc_config log conf props.ini scc_daemon_extension.sh'\n",
                        "rm -rf \"${home:?}/$name\"", "elif [ ! -e \"$2\" ] && [ ! -L \"$2\" ]; then\n    cp -a");
        assertThat(script).as("POSIX sh: it runs on busybox").doesNotContain("[[", "local ", "function ", "cp -n");
    }

    @Test
    void theDockerfileKeepsTheDistributionApartAndDeclaresTheInstallFolderAsItsOneVolume() {
        assertThat(DockerfileGenerator.VOLUMES).containsExactly("/opt/sap/scc");
        assertThat(SandboxDockerfiles.scratch("Main")).contains("VOLUME [\"/opt/sap/scc\"]\n",
                DockerfileGenerator.LAYOUT_LABEL + "=\"" + DockerfileGenerator.ONE_VOLUME + "\"");
    }
}
