package dev.connectorconsole.sandbox;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Demo subaccounts for demos and benchmarks: connected, with GUID ids, spread over real Cloud Foundry regions. */
final class DemoSeeder {
    private static final List<String> REGIONS = List.of(
            "cf.eu10.hana.ondemand.com", "cf.eu20.hana.ondemand.com", "cf.us10.hana.ondemand.com",
            "cf.us20.hana.ondemand.com", "cf.ap10.hana.ondemand.com", "cf.jp10.hana.ondemand.com",
            "cf.br10.hana.ondemand.com", "cf.ca10.hana.ondemand.com", "cf.eu11.hana.ondemand.com",
            "cf.ap21.hana.ondemand.com");
    private static final List<String> TEAMS = List.of(
            "Sales", "Finance", "Logistics", "HR", "Procurement", "Manufacturing", "Service", "Analytics");
    private static final List<String> STAGES = List.of("Dev", "Test", "Prod");

    private DemoSeeder() {}

    /** Adds {@code count} demo subaccounts; the ids depend on how many exist already, so repeated seeding adds new ones. */
    static int seed(StateData state, int count, long now) {
        int existing = state.subaccounts.size();
        Random random = new Random(0x5CC0L + existing);
        for (int i = 0; i < count; i++) {
            int number = existing + i + 1;
            SubaccountData subaccount = new SubaccountData();
            subaccount.regionHost = REGIONS.get(random.nextInt(REGIONS.size()));
            long high = (random.nextLong() & ~0xF000L) | 0x4000L;
            long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            subaccount.subaccount = new UUID(high, low).toString();
            String team = TEAMS.get(random.nextInt(TEAMS.size()));
            String stage = STAGES.get(random.nextInt(STAGES.size()));
            subaccount.displayName = team + " " + stage + String.format(" %03d", number);
            subaccount.description = "Demo subaccount " + number + " seeded by the sandbox connector";
            subaccount.locationID = number % 4 == 0 ? "loc" + (number % 3 + 1) : "";
            subaccount.cloudUser = team.toLowerCase(java.util.Locale.ROOT) + ".admin@example.com";
            subaccount.autoCertRenewal = number % 2 == 0;
            long connectedAt = now - (long) random.nextInt(30 * 24 * 3600) * 1000L;
            TunnelSimulator.open(subaccount, connectedAt);
            state.subaccounts.add(subaccount);
        }
        return count;
    }
}
