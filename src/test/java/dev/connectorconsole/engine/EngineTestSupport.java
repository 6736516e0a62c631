package dev.connectorconsole.engine;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/** Connects tests to the real engine of this machine; when none answers the test fails (it never skips). */
public final class EngineTestSupport {
    public static final String TEST_LABEL = "dev.connectorconsole.test";

    private EngineTestSupport() {}

    public static EngineConnection connect() {
        EngineConnection connection = EngineConnection.open(EngineLocator.locate());
        try {
            connection.ping();
            return connection;
        } catch (EngineException e) {
            connection.close();
            String why = "true".equals(System.getenv("CI")) ? "CI=true requires a running Docker engine"
                    : "engine tests need a running Docker engine";
            return fail(why + ": " + e.getMessage(), e);
        }
    }

    /** "cc-test-<purpose>-<8 hex>", unique per call. */
    public static String uniqueName(String purpose) {
        return "cc-test-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
