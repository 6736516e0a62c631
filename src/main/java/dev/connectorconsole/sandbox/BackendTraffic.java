package dev.connectorconsole.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls the sandbox carried to internal systems since it started (statistics start over on a restart, as on the
 * real connector): per system mapping its calls, bytes and duration buckets, per resource its calls and bytes, the
 * connections open right now, and the slowest calls of each subaccount. Thread-safe; kept in memory only.
 */
final class BackendTraffic {
    static final int SLOWEST_KEPT = 20;

    /** One call through a system mapping; times in ms. */
    record Call(String subaccountKey, long startTime, long id, String protocol, String virtualBackend,
                String internalBackend, String resource, String user, long sentBytes, long receivedBytes,
                long totalTime, long externalTime, long latencyTime) {}

    /** What went through one system mapping, or one of its resources. */
    static final class Figures {
        long calls;
        long bytesSent;
        long bytesReceived;
        long mostRecentAccess;
        final long[] buckets = new long[TrafficMonitoring.BUCKET_BOUNDS.size()];
    }

    private final Map<String, Figures> perBackend = new HashMap<>();
    private final Map<String, Figures> perResource = new HashMap<>();
    private final Map<String, Integer> active = new HashMap<>();
    private final Map<String, List<Call>> slowest = new HashMap<>();
    private long nextId = 1;

    synchronized long opened(String subaccountKey, String virtualBackend) {
        active.merge(subaccountKey + " " + virtualBackend, 1, Integer::sum);
        return nextId++;
    }

    synchronized void closed(String subaccountKey, String virtualBackend) {
        active.computeIfPresent(subaccountKey + " " + virtualBackend, (key, open) -> open > 1 ? open - 1 : null);
    }

    synchronized void record(Call call) {
        String backend = call.subaccountKey() + " " + call.virtualBackend();
        add(perBackend.computeIfAbsent(backend, key -> new Figures()), call);
        add(perResource.computeIfAbsent(backend + " " + call.resource(), key -> new Figures()), call);
        List<Call> calls = slowest.computeIfAbsent(call.subaccountKey(), key -> new ArrayList<>());
        calls.add(call);
        calls.sort(Comparator.comparingLong(Call::totalTime).reversed());
        if (calls.size() > SLOWEST_KEPT) {
            calls.remove(calls.size() - 1);
        }
    }

    synchronized int active(String subaccountKey, String virtualBackend) {
        return active.getOrDefault(subaccountKey + " " + virtualBackend, 0);
    }

    /** A copy of the figures of one mapping ({@code <virtualHost>:<virtualPort>}); zeros when nothing went through. */
    synchronized Figures backend(String subaccountKey, String virtualBackend) {
        return copy(perBackend.get(subaccountKey + " " + virtualBackend));
    }

    synchronized Figures resource(String subaccountKey, String virtualBackend, String resource) {
        return copy(perResource.get(subaccountKey + " " + virtualBackend + " " + resource));
    }

    /** The subaccount's slowest calls, slowest first. */
    synchronized List<Call> slowest(String subaccountKey) {
        return List.copyOf(slowest.getOrDefault(subaccountKey, List.of()));
    }

    private static void add(Figures figures, Call call) {
        figures.calls++;
        figures.bytesSent += call.sentBytes();
        figures.bytesReceived += call.receivedBytes();
        figures.mostRecentAccess = Math.max(figures.mostRecentAccess, call.startTime() + call.totalTime());
        figures.buckets[bucket(call.totalTime())]++;
    }

    /** The bucket whose lower bound is the largest not above the duration; calls under 10 ms count in the first. */
    static int bucket(long millis) {
        List<Integer> bounds = TrafficMonitoring.BUCKET_BOUNDS;
        int index = 0;
        for (int i = 0; i < bounds.size(); i++) {
            if (millis >= bounds.get(i)) {
                index = i;
            }
        }
        return index;
    }

    private static Figures copy(Figures figures) {
        Figures copy = new Figures();
        if (figures != null) {
            copy.calls = figures.calls;
            copy.bytesSent = figures.bytesSent;
            copy.bytesReceived = figures.bytesReceived;
            copy.mostRecentAccess = figures.mostRecentAccess;
            System.arraycopy(figures.buckets, 0, copy.buckets, 0, copy.buckets.length);
        }
        return copy;
    }
}
