package dev.connectorconsole.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Remembers what a test created and removes it; runs commands in containers; fetches pages. */
final class TestContainers {
    private final EngineConnection engine;
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();

    TestContainers(EngineConnection engine) {
        this.engine = engine;
    }

    /**
     * A connector-shaped spec with a unique name, the test label, on a free port. The search starts at a random port:
     * other test runs on this machine publish ports at the same time, and a fixed start would race them.
     */
    ContainerSpec spec(String image) {
        String name = EngineTestSupport.uniqueName("ctr");
        int from = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(30000);
        ContainerSpec spec = ContainerSpec.connectorDefaults(name, image, PortCheck.nextFree(from)).withLabels(TestImages.LABELS);
        track(spec);
        return spec;
    }

    void track(ContainerSpec spec) {
        containers.add(spec.name());
        volumes.addAll(spec.volumes().keySet());
        volumes.addAll(StateVolumes.perFolder(spec.name()).keySet());
        volumes.addAll(StateVolumes.oneVolume(spec.name()).keySet());
    }

    void removeAll() {
        for (String name : containers) {
            try {
                engine.client().removeContainerCmd(name).withForce(true).exec();
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

    /** Runs a command in the container and returns what it printed on stdout. */
    String exec(String container, String... command) throws InterruptedException {
        String execId = engine.client().execCreateCmd(container).withCmd(command).withAttachStdout(true).withAttachStderr(true)
                .exec().getId();
        StringBuilder out = new StringBuilder();
        engine.streamingClient().execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                synchronized (out) {
                    out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
            }
        }).awaitCompletion(20, TimeUnit.SECONDS);
        synchronized (out) {
            return out.toString();
        }
    }

    /** GETs http://127.0.0.1:port/ until it answers 200 (the container may still be starting), or returns null. */
    static String fetchPage(int port, Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // the server is starting
            }
            Thread.sleep(100);
        }
        return null;
    }
}
