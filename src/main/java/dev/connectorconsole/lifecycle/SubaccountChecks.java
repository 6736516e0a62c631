package dev.connectorconsole.lifecycle;

import dev.connectorconsole.connector.SccClient;

import java.util.stream.Collectors;

/** Subaccount checks over the admin API. */
public final class SubaccountChecks {
    private SubaccountChecks() {}

    /** Lists "region/subaccount" through a signed-in client (pinned, with its credentials). */
    public static SubaccountCheck through(SccClient client) {
        return () -> client.subaccounts().stream().map(s -> s.regionHost() + "/" + s.subaccount())
                .collect(Collectors.toSet());
    }
}
