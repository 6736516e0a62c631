package dev.connectorconsole.accesscontrol;

import dev.connectorconsole.connector.SccClient;
import java.util.function.IntConsumer;

/**
 * Copying a subaccount's access control from one connector to a subaccount of another (or the same) connector: the
 * plan is read from both before anything is written, then applied to the target only. Blocking.
 */
public final class ConnectorCopy {
    /** A subaccount on a connector. */
    public record Place(SccClient client, String regionHost, String subaccount) {}

    private ConnectorCopy() {}

    public static CopyPlan plan(Place from, Place to) {
        return plan(AccessControlSet.read(from.client(), from.regionHost(), from.subaccount()), to);
    }

    /** What copying {@code source} (already read) to {@code to} would do, read from {@code to}. */
    public static CopyPlan plan(AccessControlSet source, Place to) {
        return CopyPlan.of(source, AccessControlSet.read(to.client(), to.regionHost(), to.subaccount()));
    }

    public static CopyRun.Outcome apply(CopyPlan plan, Place to, IntConsumer progress) {
        return CopyRun.apply(plan, to.client(), to.regionHost(), to.subaccount(), progress);
    }
}
