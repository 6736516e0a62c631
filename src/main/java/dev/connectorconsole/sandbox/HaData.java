package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * High-availability settings and the pair's state as the sandbox keeps them ({@code ha} in {@code state.json}). What
 * only the shadow's heartbeats tell the master (when it last synchronised, how often it checks) is kept in memory, so a
 * heartbeat never rewrites the file; the paired shadow's host and how to reach it are kept, so that a restarted master
 * knows it has a shadow that is not back yet (BROKEN) and can ask it whether it took over ({@link PairedShadow}). The password given at CONNECT is never kept: it lives only in memory, in the
 * {@link ShadowLink}; the pair's key is kept apart ({@link HaPairKeyFile}).
 */
final class HaData {
    static final String ALONE = "ALONE";
    static final String CONNECTED = "CONNECTED";
    static final String BROKEN = "BROKEN";
    static final String BINDING = "BINDING";
    static final String INITIAL = "INITIAL";
    static final String HANDSHAKE = "HANDSHAKE";
    static final String INITSYNC = "INITSYNC";
    static final String DISCONNECTED = "DISCONNECTED";
    static final String READY = "READY";
    static final String LOST = "LOST";

    // master side
    public boolean haEnabled;
    public Integer haPort;
    public String allowedShadowHost = "";
    /** The paired shadow's host, "" when none is paired (never, or it disconnected, or HA was reset). */
    public String shadowHost = "";
    /** How this master reaches its paired shadow and the pair's timings, null when none is paired. */
    public PairedShadow pairedShadow;
    /** True from a shadow's handshake until its initial synchronisation is done (the master shows BINDING). */
    @JsonIgnore
    boolean binding;
    /** When the shadow last synchronised (ms), 0 = never; the master counts it lost after 3 check intervals. */
    @JsonIgnore
    long lastShadowSync;
    @JsonIgnore
    int shadowCheckIntervalSeconds = 30;
    /** Set by SWITCH: the shadow's next synchronisation tells it to take over. */
    public boolean switchRequested;

    // both sides (SANDBOX, memory only): the link after a role switch
    /**
     * The pair's key, issued by the master at the shadow's first synchronisation and held by both: the stand-in for
     * the certificates real instances exchange at CONNECT, with which the old master joins the new one after a switch.
     */
    @JsonIgnore
    String pairKey;
    /** How the peer reaches this instance ({@code host:port}), as the shadow last said it dials its master. */
    @JsonIgnore
    String reachedAt;
    /**
     * After handing over: the shadow never said how it is reached back ({@code reachableAt}), so its own host and port
     * are dialled: a pair made before the console told its shadows that address, or one paired by address.
     */
    @JsonIgnore
    boolean wayBackGuessed;

    // shadow side
    public String masterHost;
    public int masterPort;
    public String ownHost;
    public Integer shadowHaPort;
    public int checkIntervalInSeconds = 30;
    public int takeoverDelayInSeconds = 10;
    public int connectTimeoutInMillis = 1000;
    public int requestTimeoutInMillis = 12000;
    public String shadowState = INITIAL;
    public String stateMessage;
    public String masterVersion;
    /** SHA-256 of the master's certificate, pinned at the first CONNECT (trust on first use). */
    public String pinnedMasterSha256;

    boolean shadowConfigured() {
        return masterHost != null;
    }

    /** Linked to a master, or binding to it, or trying to get back to it: DISCONNECT first to change anything. */
    boolean shadowConnected() {
        return READY.equals(shadowState) || LOST.equals(shadowState) || HANDSHAKE.equals(shadowState)
                || INITSYNC.equals(shadowState);
    }

    /**
     * The master's view: BINDING while a shadow's connect is under way, CONNECTED while the shadow synchronised within 3
     * of its check intervals, BROKEN when a paired shadow has not (also after this master restarted, until the shadow
     * rejoins), ALONE when no shadow is paired.
     */
    String masterState(long now) {
        if (lastShadowSync == 0) {
            return shadowHost == null || shadowHost.isEmpty() ? ALONE : BROKEN;
        }
        if (now - lastShadowSync > 3_000L * shadowCheckIntervalSeconds) {
            return BROKEN;
        }
        return binding ? BINDING : CONNECTED;
    }

    void resetMaster() {
        haEnabled = false;
        haPort = null;
        allowedShadowHost = "";
        shadowHost = "";
        pairedShadow = null;
        binding = false;
        lastShadowSync = 0;
        switchRequested = false;
    }

    void resetShadow() {
        masterHost = null;
        masterPort = 0;
        ownHost = null;
        shadowHaPort = null;
        shadowState = INITIAL;
        stateMessage = null;
        masterVersion = null;
        pinnedMasterSha256 = null;
        wayBackGuessed = false;
    }
}
