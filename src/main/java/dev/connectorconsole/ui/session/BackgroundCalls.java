package dev.connectorconsole.ui.session;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs connector calls off the FX thread and hands their outcome back on the UI thread.
 * In the app: {@code new BackgroundCalls(sharedExecutor, FxThread::run)}; in view-model tests:
 * {@link #sameThread()}, which makes every call synchronous and deterministic.
 */
public final class BackgroundCalls {
    private final Executor background;
    private final Executor ui;

    public BackgroundCalls(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    public static BackgroundCalls sameThread() {
        return new BackgroundCalls(Runnable::run, Runnable::run);
    }

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception failure) {
                ui.execute(() -> onFailure.accept(failure));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    public void run(ThrowingRunnable work, Runnable onSuccess, Consumer<? super Exception> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
