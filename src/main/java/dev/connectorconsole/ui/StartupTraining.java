package dev.connectorconsole.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

import dev.connectorconsole.ui.fx.FirstFrame;
import dev.connectorconsole.ui.shell.Navigation;

/**
 * The training start of the installer build (packaging/record-aot-cache.sh): with the system property
 * {@value #PROPERTY} set, the app starts as on a first run, shows the dashboard (where a returning user starts) once
 * the welcome screen is on screen, and ends a few seconds later. The JVM records what it loaded and ran, and the
 * installed app starts from that ahead-of-time cache. Only the two start screens: every class in the cache is loaded
 * at start-up, so a cache of all screens made starts slower and the idle app about 10 MB larger (StartupBench).
 */
final class StartupTraining {
    static final String PROPERTY = "connectorconsole.startupTraining";
    private static final Duration UNTIL_END = Duration.seconds(3);

    private StartupTraining() {}

    static void runIfAsked(Stage stage, Navigation navigation) {
        if (Boolean.getBoolean(PROPERTY)) {
            FirstFrame.after(stage, () -> {
                navigation.show(0);
                PauseTransition pause = new PauseTransition(UNTIL_END);
                pause.setOnFinished(event -> Platform.exit());
                pause.play();
            });
        }
    }
}
