package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorconsole.common.NamedThreads;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The shadow's side of a pair: after CONNECT it synchronises with the master every check interval on its own thread,
 * keeps a replica of the master's subaccounts, and takes over as master when the master has not answered for the
 * takeover delay. The CONNECT password stays in this object's memory only. After a role switch the old master joins
 * the new one with the pair's key ({@link HaPairKey}) instead of a password. Each synchronisation says how the master
 * reaches this shadow ({@code reachableAt}: learnt from the peer, else as configured, else own host and port), which
 * the master dials after handing over.
 */
final class ShadowLink implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long RETRY_WHILE_LOST_MILLIS = 250;
    private static final long JOIN_LIMIT_MILLIS = 30_000;

    private final StateStore store;
    private final LongSupplier clock;
    private final IntSupplier ownPort;
    private final java.util.function.Supplier<String> ownCertificateSha256;
    private final String configuredReachableAt;
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
    ShadowLink(StateStore store, LongSupplier clock, IntSupplier ownPort,
               java.util.function.Supplier<String> ownCertificateSha256, String configuredReachableAt) {
        this.store = store;
        this.clock = clock;
        this.ownPort = ownPort;
        this.ownCertificateSha256 = ownCertificateSha256;
        this.configuredReachableAt = configuredReachableAt;
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
            ha.shadowState = "HANDSHAKE";
            return copyOf(ha);
        });
        MasterConnection connection = MasterConnection.withCredentials(config.masterHost, config.masterPort, user,
                password, config.pinnedMasterSha256, Duration.ofMillis(config.connectTimeoutInMillis),
                Duration.ofMillis(config.requestTimeoutInMillis), httpThreads);
        try {
            JsonNode answer = connection.sync(syncBody(config, "SYNC"));
            master = connection;
            failingSince = 0;
            applyReplica(answer, connection.pinnedSha256());
            schedule(config.checkIntervalInSeconds * 1000L);
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
        HaData config = store.read(state -> copyOf(state.ha));
        if (!config.shadowConnected()) {
            throw ApiException.illegalState("The shadow is not connected to a master");
        }
        stopSynchronising();
        try {
            master.sync(syncBody(config, "DISCONNECT"));
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
        HaData config = store.read(state -> "shadow".equals(state.haRole) ? copyOf(state.ha) : null);
        String key = store.read(state -> state.ha.pairKey);
        if (config == null || key == null || !config.shadowConfigured() || master != null) {
            return;
        }
        MasterConnection connection = MasterConnection.withPairKey(config.masterHost, config.masterPort, key,
                config.pinnedMasterSha256, Duration.ofMillis(config.connectTimeoutInMillis),
                Duration.ofMillis(config.requestTimeoutInMillis), httpThreads);
        String where = new HaLinkAddress(config.masterHost, config.masterPort).toString();
        try {
            JsonNode answer = connection.sync(syncBody(config, "SYNC"));
            master = connection;
            failingSince = 0;
            applyReplica(answer, connection.pinnedSha256());
            schedule(config.checkIntervalInSeconds * 1000L);
        } catch (IOException | MasterConnection.RefusedCredentials e) {
            if (thread.isShutdown()) {
                return; // closing: the state stays as the next start finds it
            }
            if (clock.getAsLong() - joiningSince >= JOIN_LIMIT_MILLIS) {
                setDisconnected("Could not join the new master at " + where + ": " + e.getMessage());
                return;
            }
            store.write(state -> {
                state.ha.stateMessage = "Joining the new master at " + where + ": " + e.getMessage();
                return null;
            });
            next = thread.schedule(this::joinAttempt, RETRY_WHILE_LOST_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void tick() {
        if (master == null) {
            return;
        }
        HaData config = store.read(state -> copyOf(state.ha));
        try {
            JsonNode answer = master.sync(syncBody(config, "SYNC"));
            failingSince = 0;
            if (answer.path("takeOver").asBoolean()) {
                takeOver("The master handed over its role", answer.path("allowedShadowHost").asText(""));
                return;
            }
            applyReplica(answer, master.pinnedSha256());
            schedule(config.checkIntervalInSeconds * 1000L);
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

    private void applyReplica(JsonNode answer, String pinned) {
        List<SubaccountData> subaccounts = MAPPER.convertValue(answer.path("subaccounts"), new TypeReference<>() {});
        store.write(state -> {
            state.subaccounts = subaccounts;
            state.nextChannelId = Math.max(state.nextChannelId, answer.path("nextChannelId").asLong(1));
            state.ha.shadowState = HaData.READY;
            state.ha.stateMessage = null;
            state.ha.masterVersion = answer.path("version").asText(null);
            state.ha.pinnedMasterSha256 = pinned;
            state.ha.pairKey = answer.path("pairKey").asText(state.ha.pairKey);
            return null;
        });
    }

    private ObjectNode syncBody(HaData config, String op) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("op", op);
        body.put("ownHost", config.ownHost == null ? "localhost" : config.ownHost);
        body.put("ownPort", ownPort.getAsInt());
        String learnt = store.read(state -> state.ha.reachedAt);
        String reachableAt = learnt != null ? learnt : configuredReachableAt;
        if (reachableAt != null) {
            body.put("reachableAt", reachableAt);
        }
        body.put("masterAt", new HaLinkAddress(config.masterHost, config.masterPort).toString());
        body.put("certificateSha256", ownCertificateSha256.get());
        body.put("checkIntervalInSeconds", config.checkIntervalInSeconds);
        body.put("takeoverDelayInSeconds", config.takeoverDelayInSeconds);
        body.put("connectTimeoutInMillis", config.connectTimeoutInMillis);
        body.put("requestTimeoutInMillis", config.requestTimeoutInMillis);
        return body;
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

    private static HaData copyOf(HaData ha) {
        return MAPPER.convertValue(MAPPER.valueToTree(ha), HaData.class);
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
