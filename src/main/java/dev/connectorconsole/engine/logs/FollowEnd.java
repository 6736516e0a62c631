package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

/** Says why following a container's file ended, from what the engine says about the container now. */
public final class FollowEnd {
    private FollowEnd() {}

    /** The reason, as a sentence for the user; asks the engine (blocking, call it off the FX thread). */
    public static String explain(DockerClient docker, String container) {
        try {
            Boolean running = docker.inspectContainerCmd(container).exec().getState().getRunning();
            return Boolean.TRUE.equals(running)
                    ? "The stream ended although the container " + container + " still runs"
                    : "The container " + container + " stopped";
        } catch (NotFoundException e) {
            return "The container " + container + " was removed";
        } catch (RuntimeException e) {
            return "The engine is unreachable (" + e.getMessage() + ")";
        }
    }

    static String missingFile(String file) {
        return "The file " + file + " does not exist yet";
    }
}
