package dev.connectorconsole.lifecycle;

import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.docker;
import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.dockerQuietly;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.image.DockerfileGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A connector container run by hand with the docker CLI, as an adopted one is: a named volume for each of the
 * connector's folders, the admin port published on loopback, answered and signed in through
 * {@link HandMadeSandboxConnector#configure} (initial password changed, one subaccount). {@link #close} removes the
 * container, whatever else is named after it (what an upgrade or its rollback left) and the volumes.
 */
public final class ConnectorOnVolumes implements AutoCloseable {
    private final String name;
    private final int port;
    private final List<String> volumes;
    private String sha256;

    private ConnectorOnVolumes(String name, int port, List<String> volumes) {
        this.name = name;
        this.port = port;
        this.volumes = volumes;
    }

    /**
     * Runs {@code image} as {@code name} with {@code imageArgs}, its admin port the first free one from
     * {@code firstPort} on, and signs in. What it started is removed again when a step fails.
     */
    public static ConnectorOnVolumes start(String name, String image, int firstPort, String... imageArgs)
            throws IOException, InterruptedException {
        int port = PortCheck.nextFree(firstPort);
        List<String> run = new ArrayList<>(List.of("run", "-d", "--name", name, "-p", "127.0.0.1:" + port + ":8443",
                "--label", EngineTestSupport.TEST_LABEL + "=true"));
        List<String> volumes = new ArrayList<>();
        for (String folder : DockerfileGenerator.VOLUMES) {
            String volume = name + "-" + folder.substring(folder.lastIndexOf('/') + 1);
            volumes.add(volume);
            run.addAll(List.of("-v", volume + ":" + folder));
        }
        run.add(image);
        run.addAll(List.of(imageArgs));
        ConnectorOnVolumes connector = new ConnectorOnVolumes(name, port, volumes);
        try {
            docker(run.toArray(String[]::new));
            HandMadeSandboxConnector.awaitReady(port);
            connector.sha256 = HandMadeSandboxConnector.configure(port);
            return connector;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            connector.close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** The SHA-256 of the certificate the connector presented when it was signed in to. */
    public String sha256() {
        return sha256;
    }

    /** A new client signed in as Administrator, pinned to {@link #sha256}. */
    public SccClient client() {
        return HandMadeSandboxConnector.client(port, sha256);
    }

    /** The containers whose names contain this one's: after a clean rollback only this one. */
    public List<String> containersNamedAfterIt() throws IOException, InterruptedException {
        return docker("ps", "-a", "--filter", "name=" + name, "--format", "{{.Names}}").lines()
                .filter(line -> !line.isBlank()).toList();
    }

    @Override
    public void close() {
        try {
            containersNamedAfterIt().forEach(container -> dockerQuietly("rm", "-f", container));
        } catch (IOException e) {
            dockerQuietly("rm", "-f", name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dockerQuietly("rm", "-f", name);
        }
        volumes.forEach(volume -> dockerQuietly("volume", "rm", "-f", volume));
    }
}
