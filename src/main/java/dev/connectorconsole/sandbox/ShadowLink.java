package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorconsole.common.NamedThreads;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The shadow's side of a pair: CONNECT (and getting back after a restart or a lost link) binds to the master, a
 * handshake and an initial synchronisation that take the configured bind time; then it synchronises with the master
 * every check interval on its own thread, keeps a replica of the master's subaccounts, and takes over as master when
 * the master has not answered for the takeover delay. The CONNECT password stays in this object's memory only; a
 * restarted shadow rejoins with the pair's key ({@link #resumeAfterStart}). After a role switch the old master joins
 * the new one with the pair's key ({@link HaPairKey}) instead of a password. Each synchronisation says how the master
 * reaches this shadow ({@code reachableAt}: learnt from the peer, else as configured, else own host and port), which
 * the master dials after handing over.
 */
final class ShadowLink implements AutoCloseable {
    private static final long RETRY_WHILE_LOST_MILLIS = 250;
    private static final long JOIN_LIMIT_MILLIS = 30_000;
    private static final long REJOIN_RETRY_MILLIS = 1_000;

    private final StateStore store;
    private final LongSupplier clock;
    private final ShadowSyncMessages messages;
    private final long bindMillis;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.factory("cc-sandbox-ha-shadow"));
    /** Runs the HTTPS client's own work (TLS, answers) for the link to the master. */
    private final java.util.concurrent.ExecutorService httpThreads =
            Executors.newCachedThreadPool(NamedThreads.factory("cc-sandbox-ha-link"));
    private MasterConnection master;
    private ScheduledFuture<?> next;
    private long failingSince;
    private long joiningSince;

    /**
     * @param configuredReachableAt how a master reaches this instance ({@code host:port}), set where it runs; null when
     *                              its own host and port will do
     */
    ShadowLink(StateStore store, LongSupplier clock, java.util.function.IntSupplier ownPort,
               java.util.function.Supplier<String> ownCertificateSha256, String configuredReachableAt,
               Duration bindTime) {
        this.store = store;
        this.bindMillis = bindTime.toMillis();
        this.clock = clock;
        this.messages = new ShadowSyncMessages(store, ownPort, ownCertificateSha256, configuredReachableAt);
    }

    /** Connects with the master's admin credentials: 400 when the master refuses them, 500 when it cannot be reached. */
    synchronized void connect(String user, char[] password) {
        HaData config = store.write(state -> {
            HaData ha = state.ha;
            if (ha.shadowConnected()) {
                throw ApiException.illegalState("The shadow is already connected to its master");
            }
            if (!ha.shadowConfigured()) {
                throw ApiException.invalidRequest("Configure the master host and port before connecting");
            }
            ha.shadowState = HaData.HANDSHAKE;
            ha.stateMessage = null;
            return ShadowSyncMessages.copyOf(ha);
        });
        stopSynchronising(); // a rejoin after a restart that was still trying gives way to this CONNECT
        MasterConnection connection = MasterConnection.withCredentials(config.masterHost, config.masterPort, user,
                password, config.pinnedMasterSha256, Duration.ofMillis(config.connectTimeoutInMillis),
                Duration.ofMillis(config.requestTimeoutInMillis), httpThreads);
        try {
            bind(connection, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            setDisconnected("Interrupted while connecting");
            throw new ApiException(500, "RUNTIME_FAILURE", "Interrupted while connecting to the master");
        } catch (MasterConnection.RefusedCredentials e) {
            setDisconnected("Authentication at the master failed");
            throw ApiException.invalidRequest("Authentication at the master failed: user name or password is not correct");
        } catch (IOException e) {
            setDisconnected("Master not reachable: " + e.getMessage());
            throw new ApiException(500, "RUNTIME_FAILURE", "Could not connect to the master "
                    + config.masterHost + ":" + config.masterPort + ": " + e.getMessage());
        }
    }

    synchronized void disconnect() {
        HaData config = store.read(state -> ShadowSyncMessages.copyOf(state.ha));
        if (!config.shadowConnected()) {
            throw ApiException.illegalState("The shadow is not connected to a master");
        }
        stopSynchronising();
        try {
            if (master != null) { // null while rejoining after a restart: the master has not seen it back yet
                master.sync(messages.body(config, "DISCONNECT"));
            }
        } catch (IOException | MasterConnection.RefusedCredentials e) {
            // the master learns it anyway: without synchronisation it counts the shadow as lost
        }
        master = null;
        setDisconnected(null);
    }

    /** After this master handed its role over: joins the new master with the pair's key, retrying for a while. */
    void joinNewMaster() {
        thread.execute(() -> {
            synchronized (this) {
                stopSynchronising();
                master = null;
                joiningSince = clock.getAsLong();
            }
            joinAttempt();
        });
    }

    private synchronized void joinAttempt() {
        HaData config = store.read(state -> "shadow".equals(state.haRole) ? ShadowSyncMessages.copyOf(state.ha) : null);
        String key = store.read(state -> state.ha.pairKey);
        if (config == null || key == null || !config.shadowConfigured() || master != null) {
            return;
        }
        MasterConnection connection = MasterConnection.withPairKey(config.masterHost, config.masterPort, key,
                config.pinnedMasterSha256, Duration.ofMillis(config.connectTimeoutInMillis),
                Duration.ofMillis(config.requestTimeoutInMillis), httpThreads);
        String where = new HaLinkAddress(config.masterHost, config.masterPort).toString();
        try {
            JsonNode answer = connection.sync(messages.body(config, "SYNC"));
            master = connection;
            failingSince = 0;
            messages.apply(answer, connection.pinnedSha256());
            schedule(config.checkIntervalInSeconds * 1000L);
        } catch (IOException | MasterConnection.RefusedCredentials e) {
            if (thread.isShutdown()) {
                return; // closing: the state stays as the next start finds it
            }
            if (clock.getAsLong() - joiningSince >= JOIN_LIMIT_MILLIS) {
                setDisconnected("Could not join the new master at " + where + ": " + e.getMessage() + wayBackHint());
                return;
            }
            store.write(state -> {
                state.ha.stateMessage = "Joining the new master at " + where + ": " + e.getMessage() + wayBackHint();
                return null;
            });
            next = thread.schedule(this::joinAttempt, RETRY_WHILE_LOST_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Said when joining fails and the way back was guessed: an old pair fails this way, and only a new pair helps. */
    private String wayBackHint() {
        return store.read(state -> state.ha.wayBackGuessed) ? ". The shadow never said how it is reached back (a pair"
                + " made before the console told its shadows): make the pair again" : "";
    }

    private synchronized void tick() {
        if (master == null) {
            return;
        }
        HaData config = store.read(state -> ShadowSyncMessages.copyOf(state.ha));
        try {
            if (failingSince != 0) { // back after a lost link: a full synchronisation, as at CONNECT
                bind(master, config);
                return;
            }
            JsonNode answer = master.sync(messages.body(config, "SYNC"));
            failingSince = 0;
            if (answer.path("takeOver").asBoolean()) {
                takeOver("The master handed over its role", answer.path("allowedShadowHost").asText(""));
                return;
            }
            messages.apply(answer, master.pinnedSha256());
            schedule(config.checkIntervalInSeconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
        } catch (IOException | MasterConnection.RefusedCredentials e) {
            long now = clock.getAsLong();
            failingSince = failingSince == 0 ? now : failingSince;
            if (now - failingSince >= config.takeoverDelayInSeconds * 1000L) {
                takeOver("The master did not answer for " + config.takeoverDelayInSeconds + " s", "");
                return;
            }
            store.write(state -> {
                state.ha.shadowState = HaData.LOST;
                state.ha.stateMessage = "Master not answering: " + e.getMessage();
                return null;
            });
            schedule(RETRY_WHILE_LOST_MILLIS);
        }
    }

    /**
     * The handshake and the initial synchronisation: once the master accepted who calls (it shows BINDING from then),
     * HANDSHAKE and then INITSYNC while the configuration comes over, each half the bind time, then READY with a full replica and
     * synchronising every check interval. A failure leaves the state to the caller.
     */
    private void bind(MasterConnection connection, HaData config)
            throws IOException, MasterConnection.RefusedCredentials, InterruptedException {
        connection.sync(messages.body(config, "SYNC").put("binding", true));
        setState(HaData.HANDSHAKE, null);
        Thread.sleep(bindMillis / 2);
        setState(HaData.INITSYNC, null);
        Thread.sleep(bindMillis - bindMillis / 2);
        JsonNode answer = connection.sync(messages.body(config, "SYNC"));
        master = connection;
        failingSince = 0;
        messages.apply(answer, connection.pinnedSha256());
        schedule(config.checkIntervalInSeconds * 1000L);
    }

    /**
     * At start: a shadow that was paired when it stopped (linked, binding or lost) gets back to its master on its own
     * with the pair's key, as a real shadow does with the certificates the pair exchanged. It shows LOST until the
     * master answers and tries every second; it never takes over meanwhile ("a shadow started while the master is down
     * does not fail over", scc-operations.md). Without a kept key (a data folder from before keys were kept) it waits
     * for a CONNECT, as before.
     */
    void resumeAfterStart() {
        boolean rejoin = store.write(state -> {
            HaData ha = state.ha;
            if (!ha.shadowConnected()) {
                return false;
            }
            boolean canRejoin = "shadow".equals(state.haRole) && ha.shadowConfigured() && ha.pairKey != null;
            ha.shadowState = canRejoin ? HaData.LOST : HaData.DISCONNECTED;
            ha.stateMessage = canRejoin ? "Rejoining the master after a restart" : null;
            return canRejoin;
        });
        if (rejoin) {
            thread.execute(this::rejoinAttempt);
        }
    }

    /** A master that found its shadow took over, and became its shadow (HANDSHAKE): joins it with the pair's key. */
    void rejoin() {
        thread.execute(this::rejoinAttempt);
    }

    private synchronized void rejoinAttempt() {
        HaData config = store.read(state -> "shadow".equals(state.haRole) ? ShadowSyncMessages.copyOf(state.ha) : null);
        String key = store.read(state -> state.ha.pairKey);
        if (config == null || key == null || master != null
                || !(HaData.LOST.equals(config.shadowState) || HaData.HANDSHAKE.equals(config.shadowState))) {
            return; // disconnected, reset or connected meanwhile
        }
        MasterConnection connection = MasterConnection.withPairKey(config.masterHost, config.masterPort, key,
                config.pinnedMasterSha256, Duration.ofMillis(config.connectTimeoutInMillis),
                Duration.ofMillis(config.requestTimeoutInMillis), httpThreads);
        String where = new HaLinkAddress(config.masterHost, config.masterPort).toString();
        try {
            bind(connection, config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the state stays as the next start finds it
        } catch (MasterConnection.RefusedCredentials e) {
            setDisconnected("The master at " + where
                    + " no longer knows this shadow; connect again with the master's user and password");
        } catch (IOException e) {
            if (thread.isShutdown()) {
                return;
            }
            setState(HaData.LOST, "Rejoining the master at " + where + " after a restart: " + e.getMessage());
            next = thread.schedule(this::rejoinAttempt, REJOIN_RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void setState(String shadowState, String message) {
        store.write(state -> {
            state.ha.shadowState = shadowState;
            state.ha.stateMessage = message;
            return null;
        });
    }

    /** @param allowedShadowHost the only shadow host to accept from now on, "" for any */
    private void takeOver(String why, String allowedShadowHost) {
        stopSynchronising();
        master = null;
        store.write(state -> {
            state.haRole = "master";
            state.ha.resetShadow();
            state.ha.resetMaster();
            state.ha.haEnabled = true;
            state.ha.allowedShadowHost = allowedShadowHost;
            state.ha.stateMessage = why;
            return null;
        });
    }

    private void setDisconnected(String message) {
        store.write(state -> {
            state.ha.shadowState = HaData.DISCONNECTED;
            state.ha.stateMessage = message;
            return null;
        });
    }

    private void schedule(long delayMillis) {
        next = thread.schedule(this::tick, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void stopSynchronising() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        httpThreads.shutdownNow();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
