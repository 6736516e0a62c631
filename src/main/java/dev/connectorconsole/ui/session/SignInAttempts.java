package dev.connectorconsole.ui.session;

import dev.connectorconsole.common.NamedThreads;
import dev.connectorconsole.connector.SccClient;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Which sign-in owns the session's client: each attempt gets a number, and an outcome that arrives after a newer
 * sign-in or a sign-out is dropped and the client it opened closed. Counted on the UI thread; the client is read from
 * any thread.
 */
final class SignInAttempts {
    /** Shuts the connections of clients let go of, off the UI thread; its one thread ends when idle. */
    private static final Executor CLOSING = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), NamedThreads.factory("cc-client-close"));

    private volatile SccClient client;
    private long attempt;

    /** Starts a new attempt; outcomes of older ones are dropped from now on. */
    long next() {
        return ++attempt;
    }

    /** The attempt under way, for a step that continues it (a first-run gate). */
    long current() {
        return attempt;
    }

    /** Abandons the attempt under way (a sign-out, a refused certificate). */
    void abandon() {
        attempt++;
    }

    boolean isCurrent(long mine) {
        return mine == attempt;
    }

    /** Makes {@code opened} the client when its attempt is still the current one; closes it otherwise. */
    boolean adopt(long mine, SccClient opened) {
        if (mine != attempt) {
            if (opened != null) {
                opened.close(CLOSING);
            }
            return false;
        }
        client = opened;
        return true;
    }

    Optional<SccClient> client() {
        return Optional.ofNullable(client);
    }

    void closeClient() {
        SccClient previous = client;
        client = null;
        if (previous != null) {
            previous.close(CLOSING);
        }
    }
}
