package dev.connectorconsole;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;

import dev.connectorconsole.settings.ConfigDirs;
import dev.connectorconsole.ui.App;
import dev.connectorconsole.ui.LogSetup;
import dev.connectorconsole.ui.UncaughtErrors;

/**
 * Entry point. {@code sandbox …} runs the connector emulator on the command line; anything else starts the desktop app.
 * Not an {@code Application} subclass, so JavaFX runs from the class path.
 */
public final class Launcher {
    private static final String SANDBOX_MAIN = "dev.connectorconsole.sandbox.SandboxMain";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "sandbox".equals(args[0])) {
            runSandbox(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path configDir = ConfigDirs.forCurrentOs();
        Path logFile = LogSetup.configure(configDir);
        UncaughtErrors errors = UncaughtErrors.install(logFile);
        App.launchGui(configDir, errors, args);
    }

    private static void runSandbox(String[] rest) throws Exception {
        Method main;
        try {
            main = Class.forName(SANDBOX_MAIN).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("The sandbox connector is not part of this build.");
            System.exit(2);
            return;
        }
        try {
            main.invoke(null, (Object) rest);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
