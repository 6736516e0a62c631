package dev.connectorconsole.guide;

import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the guide's facts from the real state: the engine (image, container), the connector's readiness probe and,
 * when signed in, the connector itself. Blocking: call it off the FX thread. An engine that does not answer makes the
 * engine facts false and is reported as the reading's problem.
 */
public final class SetupFactsReader {
    /** One short look: the guide reports the state, it does not wait for a starting connector. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Supplier<EngineConnection> engine;
    private final ReadinessProbe probe;

    public SetupFactsReader(Supplier<EngineConnection> engine, ReadinessProbe probe) {
        this.engine = engine;
        this.probe = probe;
    }

    /** @param problem a sentence when part of the state could not be read */
    public record Reading(SetupFacts facts, Optional<String> problem) {}

    public Reading read(GuideTarget target, GuideProgress progress, ConnectorFacts connector) {
        SetupFacts facts = progress.over(SetupFacts.nothingYet()).withSandbox(target.sandbox());
        String problem = null;
        Optional<ContainerSnapshot> container = Optional.empty();
        String host = "localhost";
        try {
            EngineConnection connection = engine.get();
            facts = facts.withImageExists(new ImageBuilder(connection).imageExists(target.image()));
            container = new ContainerManager(connection).inspect(target.container());
            host = PublishAddress.reachAt(container.map(ContainerSnapshot::hostIp).orElse(null), connection.endpoint());
        } catch (RuntimeException engineFailure) {
            problem = "The Docker engine could not be asked: " + engineFailure.getMessage();
        }
        boolean containerStopped = container.isPresent() && !container.get().running();
        if (!containerStopped) {
            int port = container.map(ContainerSnapshot::hostPort).orElse(target.hostPort());
            Readiness readiness = probe.await(host, port, PROBE_TIMEOUT, ignored -> { });
            facts = facts.withContainerReady(readiness.ready());
        }
        facts = facts.withInitialPasswordChanged(connector.initialPasswordChanged().orElse(false))
                .withSubaccountConnected(connector.subaccountConnected().orElse(false))
                .withSystemExposed(connector.systemExposed().orElse(false));
        return new Reading(facts, Optional.ofNullable(problem));
    }
}
