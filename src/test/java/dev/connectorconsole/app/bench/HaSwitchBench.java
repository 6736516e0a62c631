package dev.connectorconsole.app.bench;

import dev.connectorconsole.app.HaPairStatus;
import dev.connectorconsole.app.HaPairing;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxClients;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Switching the roles of a sandbox pair back and forth over HTTPS on this machine: the time from the SWITCH request to
 * both roles settled (the new master CONNECTED to its shadow, the old master its shadow and READY), read every 20 ms.
 * The handover waits for the shadow's next synchronisation, so the check interval bounds it. Run:
 * {@code java -cp target/classes:target/test-classes:<deps> dev.connectorconsole.app.bench.HaSwitchBench [rounds] [checkSeconds]}.
 */
public final class HaSwitchBench {
    private static final Secret PASSWORD = new Secret("Bench-Switch-1");

    private HaSwitchBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int checkSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (SandboxServer first = start("cc-switch-bench-a"); SandboxServer second = start("cc-switch-bench-b");
             SccClient master = SandboxClients.master(first, PASSWORD);
             SccClient shadow = SandboxClients.passwordChanged(second, PASSWORD)) {
            HaPairing pair = new HaPairing(master, shadow);
            pair.pair(new HaPairing.ShadowSettings("localhost", first.port(), "localhost", checkSeconds, 10),
                    "Administrator", PASSWORD);
            await(pair, HaRole.MASTER);
            List<Long> millis = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                HaRole firstAfter = round % 2 == 0 ? HaRole.SHADOW : HaRole.MASTER;
                Thread.sleep((long) (Math.random() * checkSeconds * 1000)); // a switch asked at any point of the interval
                long asked = System.nanoTime();
                pair.switchRoles();
                await(pair, firstAfter);
                millis.add((System.nanoTime() - asked) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf("switch to both roles settled, check interval %d s, %d rounds: min %d ms, median %d ms,"
                    + " max %d ms%n", checkSeconds, rounds, millis.get(0), millis.get(millis.size() / 2),
                    millis.get(millis.size() - 1));
        }
    }

    private static SandboxServer start(String folder) throws Exception {
        return SandboxServer.start(SandboxOptions.defaults(Files.createTempDirectory(folder)).withConnectDelay(Duration.ZERO));
    }

    private static void await(HaPairing pair, HaRole firstRole) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                HaPairStatus status = pair.read();
                if (status.firstRole() == firstRole && status.paired()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // roles change between the reads
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the pair did not settle within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
