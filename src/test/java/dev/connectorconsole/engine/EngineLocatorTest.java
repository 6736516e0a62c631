package dev.connectorconsole.engine;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineLocatorTest {
    @TempDir
    Path config;

    @Test
    void withoutAnyConfigurationTheDefaultSocketIsUsed() {
        EngineEndpoint endpoint = EngineLocator.locate(Map.of(), config.resolve("absent"));

        assertThat(endpoint).isEqualTo(new EngineEndpoint(URI.create("unix:///var/run/docker.sock"), "default socket", false, null));
    }

    @Test
    void onWindowsTheDefaultIsDockerDesktopsNamedPipe() {
        EngineEndpoint endpoint = EngineLocator.locate(Map.of(), config.resolve("absent"), "Windows 11");

        assertThat(endpoint).isEqualTo(new EngineEndpoint(URI.create("npipe:////./pipe/docker_engine"),
                "default named pipe", false, null));
    }

    @Test
    void onWindowsTheContextNamedDefaultMeansTheNamedPipe() throws IOException {
        Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"default\"}");

        assertThat(EngineLocator.locate(Map.of(), config, "Windows Server 2022").host())
                .isEqualTo(URI.create("npipe:////./pipe/docker_engine"));
    }

    @Test
    void onWindowsDockerHostAndContextsStillWin() throws IOException {
        writeContext("wsl", "tcp://localhost:2375", false);

        assertThat(EngineLocator.locate(Map.of("DOCKER_HOST", "tcp://build.example:2376"), config, "Windows 10").host())
                .isEqualTo(URI.create("tcp://build.example:2376"));
        assertThat(EngineLocator.locate(Map.of("DOCKER_CONTEXT", "wsl"), config, "Windows 10").host())
                .isEqualTo(URI.create("tcp://localhost:2375"));
    }

    @Test
    void onMacOsAndLinuxTheDefaultIsTheUnixSocket() {
        assertThat(EngineLocator.locate(Map.of(), config, "Mac OS X")).isEqualTo(EngineEndpoint.defaultSocket());
        assertThat(EngineLocator.locate(Map.of(), config, "Linux")).isEqualTo(EngineEndpoint.defaultSocket());
    }

    @Test
    void theDefaultsAreDockerJavasOwn() throws ReflectiveOperationException {
        assertThat(EngineEndpoint.DEFAULT_SOCKET).hasToString(dockerJavaConstant("DEFAULT_DOCKER_HOST"));
        assertThat(EngineEndpoint.WINDOWS_DEFAULT_PIPE).hasToString(dockerJavaConstant("WINDOWS_DEFAULT_DOCKER_HOST"));
    }

    private static String dockerJavaConstant(String name) throws ReflectiveOperationException {
        Field field = DefaultDockerClientConfig.class.getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }

    @Test
    void dockerHostUnixSocketIsTakenAsIs() {
        EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock"), config);

        assertThat(endpoint.host()).isEqualTo(URI.create("unix:///run/user/1000/docker.sock"));
        assertThat(endpoint.source()).isEqualTo("DOCKER_HOST");
        assertThat(endpoint.tlsVerify()).isFalse();
        assertThat(endpoint.certPath()).isNull();
    }

    @Test
    void dockerHostTcpWithTlsVerifyUsesDockerCertPath() {
        EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_HOST", "tcp://build.example:2376",
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/certs/build"), config);

        assertThat(endpoint).isEqualTo(new EngineEndpoint(URI.create("tcp://build.example:2376"), "DOCKER_HOST", true, Path.of("/certs/build")));
    }

    @Test
    void tlsVerifyWithoutCertPathReadsCertificatesFromTheConfigFolder() {
        EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_HOST", "tcp://build.example:2376", "DOCKER_TLS_VERIFY", "1"), config);

        assertThat(endpoint.tlsVerify()).isTrue();
        assertThat(endpoint.certPath()).isEqualTo(config);
    }

    @Test
    void plainTcpWithoutTlsVerifyUsesNoCertificates() {
        EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375", "DOCKER_CERT_PATH", "/certs"), config);

        assertThat(endpoint.tlsVerify()).isFalse();
        assertThat(endpoint.certPath()).isNull();
    }

    @Test
    void dockerContextVariableSelectsTheContextFromTheStore() throws IOException {
        writeContext("remote", "tcp://remote.example:2376", true);

        EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_CONTEXT", "remote"), config);

        Path tls = config.resolve("contexts/tls").resolve(DockerContextStore.sha256Hex("remote")).resolve("docker");
        assertThat(endpoint).isEqualTo(new EngineEndpoint(URI.create("tcp://remote.example:2376"), "context 'remote'", true, tls));
    }

    @Test
    void currentContextOfConfigJsonIsUsedWhenNoVariableIsSet() throws IOException {
        writeContext("colima", "unix:///home/me/.colima/default/docker.sock", false);
        Files.writeString(config.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"colima\"}");

        EngineEndpoint endpoint = EngineLocator.locate(Map.of(), config);

        assertThat(endpoint).isEqualTo(new EngineEndpoint(URI.create("unix:///home/me/.colima/default/docker.sock"),
                "context 'colima'", false, null));
    }

    @Test
    void dockerContextVariableWinsOverCurrentContext() throws IOException {
        writeContext("colima", "unix:///colima.sock", false);
        writeContext("remote", "tcp://remote.example:2375", false);
        Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"colima\"}");

        assertThat(EngineLocator.locate(Map.of("DOCKER_CONTEXT", "remote"), config).host()).isEqualTo(URI.create("tcp://remote.example:2375"));
    }

    @Test
    void dockerHostWinsOverAnyContext() throws IOException {
        writeContext("remote", "tcp://remote.example:2375", false);
        Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"remote\"}");

        EngineEndpoint endpoint = EngineLocator.locate(Map.of("DOCKER_HOST", "unix:///tmp/d.sock", "DOCKER_CONTEXT", "remote"), config);

        assertThat(endpoint.host()).isEqualTo(URI.create("unix:///tmp/d.sock"));
        assertThat(endpoint.source()).isEqualTo("DOCKER_HOST");
    }

    @Test
    void theContextNamedDefaultMeansTheDefaultSocket() throws IOException {
        Files.writeString(config.resolve("config.json"), "{\"currentContext\":\"default\"}");

        assertThat(EngineLocator.locate(Map.of(), config)).isEqualTo(EngineEndpoint.defaultSocket());
    }

    @Test
    void anUnknownContextIsReportedWithItsName() {
        assertThatThrownBy(() -> EngineLocator.locate(Map.of("DOCKER_CONTEXT", "gone"), config))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.WRONG_HOST);
                    assertThat(e.getMessage()).contains("'gone'").contains("does not exist");
                });
    }

    @Test
    void dockerConfigVariableNamesTheConfigFolder() {
        assertThat(EngineLocator.dockerConfigDir(Map.of("DOCKER_CONFIG", "/etc/docker-cli"))).isEqualTo(Path.of("/etc/docker-cli"));
        assertThat(EngineLocator.dockerConfigDir(Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), ".docker"));
    }

    private void writeContext(String name, String host, boolean withTls) throws IOException {
        String id = DockerContextStore.sha256Hex(name);
        Path meta = Files.createDirectories(config.resolve("contexts/meta").resolve(id));
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
        if (withTls) {
            Path tls = Files.createDirectories(config.resolve("contexts/tls").resolve(id).resolve("docker"));
            for (String file : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
                Files.writeString(tls.resolve(file), "-----BEGIN CERTIFICATE-----\n");
            }
        }
    }
}
