package dev.connectorconsole.sandbox;

import dev.connectorconsole.common.NamedThreads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A master that comes back to a pair whose shadow may have taken over, as scc-operations.md "Takeover" describes: after
 * a restart (its paired shadow not back yet), or alive all along behind a network split (its shadow silent for longer
 * than the takeover delay), it asks the former shadow {@code /exposed?action=hasMasterRole} where it dials that shadow,
 * pinned to the shadow's certificate. When the former shadow is master now, this instance becomes its shadow on its own
 * and joins it with the pair's key ({@link ShadowLink#rejoin}); its configuration is then replaced by the new master's
 * replica. When the former shadow is not master, or does not answer, this instance stays master and asks again every
 * check interval of the pair.
 */
final class FormerShadowCheck implements AutoCloseable {
    /** How often a master without a silent paired shadow looks again whether it has one. */
    private static final long IDLE_MILLIS = 1_000;

    private final StateStore store;
    private final LongSupplier clock;
    private final ShadowLink link;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.factory("cc-sandbox-ha-return"));
    private final java.util.concurrent.ExecutorService httpThreads =
            Executors.newCachedThreadPool(NamedThreads.factory("cc-sandbox-ha-probe"));
    /** Used on {@link #thread} only. */
    private HttpClient client;
    private String clientKey;

    FormerShadowCheck(StateStore store, LongSupplier clock, ShadowLink link) {
        this.store = store;
        this.clock = clock;
        this.link = link;
    }

    /** Checks at once (a restarted master), then again and again while this instance runs. */
    void start() {
        thread.execute(this::check);
    }

    private void check() {
        long nextMillis = IDLE_MILLIS;
        try {
            PairedShadow silent = store.read(this::silentPairedShadow);
            if (silent != null) {
                nextMillis = Math.max(1, silent.checkIntervalInSeconds) * 1000L;
                if (isMaster(silent) && becameShadow(silent.address)) {
                    link.rejoin();
                }
            }
        } finally {
            if (!thread.isShutdown()) {
                try {
                    thread.schedule(this::check, nextMillis, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // closed meanwhile
                }
            }
        }
    }

    /**
     * The paired shadow when this instance is a master whose paired shadow is silent: not back since this master
     * started, or not heard of for longer than the takeover delay; else null.
     */
    private PairedShadow silentPairedShadow(StateData state) {
        HaData ha = state.ha;
        if (!"master".equals(state.haRole) || !ha.haEnabled || ha.pairedShadow == null || ha.pairKey == null
                || ha.pairedShadow.link() == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (!HaData.BROKEN.equals(ha.masterState(now))) {
            return null;
        }
        boolean silentLongEnough = ha.lastShadowSync == 0
                || now - ha.lastShadowSync >= ha.pairedShadow.takeoverDelayInSeconds * 1000L;
        return silentLongEnough ? ha.pairedShadow : null;
    }

    /** Whether the former shadow answers that it is master; false when it does not answer. */
    private boolean isMaster(PairedShadow shadow) {
        HaLinkAddress address = shadow.link();
        String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        HttpClient client = clientFor(shadow);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://" + host + ":" + address.port()
                        + "/exposed?action=hasMasterRole"))
                .timeout(Duration.ofMillis(Math.max(500, shadow.requestTimeoutInMillis))).GET().build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return answer.statusCode() == 200 && "true".equals(answer.body().trim());
        } catch (IOException e) {
            return false; // not reachable: stays master, as a shadow started without its master stays shadow
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One client while the shadow's certificate and the timeout stay the same, pinned to that certificate. */
    private HttpClient clientFor(PairedShadow shadow) {
        String key = shadow.certificateSha256 + "/" + shadow.connectTimeoutInMillis;
        if (client == null || !key.equals(clientKey)) {
            client = HttpClient.newBuilder()
                    .sslContext(new PinnedTrust(shadow.certificateSha256).sslContext())
                    .connectTimeout(Duration.ofMillis(Math.max(100, shadow.connectTimeoutInMillis)))
                    .executor(httpThreads).build();
            clientKey = key;
        }
        return client;
    }

    /** Becomes the shadow of the former shadow, unless the pair changed while it asked. */
    private boolean becameShadow(String askedAddress) {
        return store.write(state -> {
            PairedShadow now = silentPairedShadow(state);
            if (now == null || !askedAddress.equals(now.address)) {
                return false;
            }
            MasterSyncResource.becomeShadowOfPaired(state,
                    "The shadow took over while this instance was away; joining the new master at ");
            return true;
        });
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
