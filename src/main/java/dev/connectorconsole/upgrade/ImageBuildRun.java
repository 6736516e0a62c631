package dev.connectorconsole.upgrade;

import dev.connectorconsole.engine.BuildHandle;
import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.image.BuildContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/** Builds a prepared context with the app's {@link ImageBuilder} and waits for it, step lines going to the progress. */
final class ImageBuildRun {
    private ImageBuildRun() {}

    static void build(EngineConnection engine, BuildContext prepared, String tag, Map<String, String> labels,
                      Consumer<String> progress, Cancellation cancellation) throws UpgradeException, InterruptedException {
        CompletableFuture<String> built = new CompletableFuture<>();
        BuildListener listener = new BuildListener() {
            @Override public void contextSize(long bytes) {
                progress.accept("Sending " + bytes / 1024 + " KiB of build context");
            }
            @Override public void line(String text) { }
            @Override public void step(int current, int total, String instruction) {
                progress.accept("Step " + current + "/" + total + ": " + instruction);
            }
            @Override public void succeeded(String imageId) { built.complete(imageId); }
            @Override public void failed(String step, String message) {
                built.completeExceptionally(new UpgradeException("Building " + tag + " failed"
                        + (step.isEmpty() ? "" : " at " + step) + ": " + message));
            }
        };
        BuildHandle handle = new ImageBuilder(engine).build(prepared.directory(), prepared.dockerfile(),
                prepared.platform(), tag, labels, listener);
        cancellation.onCancel(handle::cancel);
        try {
            built.get();
            progress.accept("Built " + tag);
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                throw new UpgradeException("The build of " + tag + " was cancelled.");
            }
            throw e.getCause() instanceof UpgradeException u ? u : new UpgradeException(String.valueOf(e.getCause()));
        }
    }
}
