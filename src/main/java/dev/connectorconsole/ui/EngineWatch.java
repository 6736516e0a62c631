package dev.connectorconsole.ui;

import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.engine.EngineStatus;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.StatusModel;

/** The engine's state in the status bar: asked in the background, again whenever its event stream says so. */
final class EngineWatch {
    private final EngineAccess engine;
    private final BackgroundTasks tasks;
    private final StatusModel status;
    private final Runnable whenUp;

    /** @param whenUp re-reads what depends on the engine (the container) once it answers */
    EngineWatch(EngineAccess engine, BackgroundTasks tasks, StatusModel status, Runnable whenUp) {
        this.engine = engine;
        this.tasks = tasks;
        this.status = status;
        this.whenUp = whenUp;
    }

    void check() {
        status.engineChecking("…");
        tasks.submit("engine status", engine::check, check -> {
            if (check.up()) {
                status.engineUp(check.endpoint(), check.version());
                whenUp.run();
            } else {
                status.engineDown(check.endpoint(), check.problem());
            }
        }, failure -> status.engineDown("engine", String.valueOf(failure.getMessage())));
    }

    void statusChanged(EngineStatus now) {
        if (now == EngineStatus.DOWN) {
            status.engineDown(engine.endpoint().describe(), "The Docker engine stopped answering; reconnecting…");
        } else {
            check();
        }
    }
}
