package dev.connectorconsole;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import dev.connectorconsole.common.NamedThreads;
import dev.connectorconsole.sandbox.SandboxMain;
import dev.connectorconsole.settings.ConfigDirs;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.App;
import dev.connectorconsole.common.LogSetup;
import dev.connectorconsole.ui.UncaughtErrors;

/**
 * Entry point. {@code sandbox …} runs the connector emulator on the command line; anything else starts the desktop app.
 * Not an {@code Application} subclass, so JavaFX runs from the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "sandbox".equals(args[0])) {
            runSandbox(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path configDir = ConfigDirs.forCurrentOs();
        Path logFile = LogSetup.logFile(configDir);
        // Logging and the settings are set up while the JavaFX toolkit starts: each loads hundreds of classes.
        Thread logging = NamedThreads.factory("cc-start-logging").newThread(() -> LogSetup.configure(logFile));
        logging.start();
        CompletableFuture<LoadResult> settings = CompletableFuture.supplyAsync(
                () -> new SettingsStore(configDir).load(),
                task -> NamedThreads.factory("cc-start-settings").newThread(task).start());
        UncaughtErrors errors = UncaughtErrors.install(logFile);
        App.launchGui(configDir, settings, errors, args);
    }

    private static void runSandbox(String[] rest) {
        SandboxMain.main(rest);
    }
}
