package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.FxThread;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * An engine that accepts connections and never answers: clicking on and on gives a message, never an exception on
 * the FX thread, and the FX thread keeps answering.
 */
class HungEngineTest {
    private static final int THREADS = 2;
    private static final int QUEUED = 4;

    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private ServerSocket engine;
    private EngineConnection connection;
    private BackgroundTasks tasks;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started it
        }
    }

    @AfterEach
    void stop() throws IOException {
        tasks.close();
        connection.close();
        engine.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void clickingOnAHungEngineGivesAMessageAndTheFxThreadKeepsAnswering() throws Exception {
        engine = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(engine.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "hung-engine");
        acceptor.setDaemon(true);
        acceptor.start();
        connection = EngineConnection.open(new EngineEndpoint(URI.create("tcp://127.0.0.1:" + engine.getLocalPort()),
                "test", false, null));
        EngineContainerService service = new EngineContainerService(() -> connection, dir -> {
            throw new UnsupportedOperationException("not used");
        });
        tasks = BackgroundTasks.delivering("cc-test-hung", THREADS, QUEUED, 4, FxThread::run);
        Notifier notifier = new Notifier() {
            @Override public void info(String title, String text) { }
            @Override public void success(String title, String text) { }
            @Override public void failure(String title, String text) { failures.add(text); }
        };
        ContainerViewModel model = onFx(() -> new ContainerViewModel(service, tasks, notifier,
                new ContainerTarget("cc-hung-test", "cc-hung-test:latest", 28443, ContainerTarget.Kind.SAP_INSTALLER),
                Duration.ofMinutes(3)));

        int clicks = 5 * (THREADS + QUEUED);
        for (int i = 0; i < clicks; i++) {
            onFx(() -> {
                model.refresh();
                model.start();
                return null;
            });
        }

        assertThat(onFx(() -> "answered")).as("the FX thread still runs what it is given").isEqualTo("answered");
        assertThat(onFx(() -> model.errorProperty().get())).contains("still waiting for an answer");
        assertThat(failures).anySatisfy(text -> assertThat(text).contains("Try again once the engine"));
        assertThat(held).as("the engine was asked, and did not answer").isNotEmpty();
    }

    /** Runs on the FX thread; an exception thrown there reaches the test instead of vanishing. */
    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
