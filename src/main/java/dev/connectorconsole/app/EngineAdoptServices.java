package dev.connectorconsole.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import dev.connectorconsole.adopt.CandidateScanner;
import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConfigurationBackup;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.PublishAddress;

/** {@link AdoptServices} on the real engine and the connector's admin API. */
public final class EngineAdoptServices implements AdoptServices {
    private final Supplier<EngineConnection> engine;

    public EngineAdoptServices(Supplier<EngineConnection> engine) {
        this.engine = engine;
    }

    @Override
    public List<ConnectorCandidate> scan() {
        return new CandidateScanner(engine.get().client()).scan();
    }

    @Override
    public String adminHost() {
        return PublishAddress.reachAt(null, engine.get().endpoint());
    }

    @Override
    public void start(String container) {
        new ContainerManager(engine.get()).start(container);
    }

    @Override
    public void stop(String container) {
        new ContainerManager(engine.get()).stop(container);
    }

    @Override
    public ServerCertificate certificate(String host, int port) {
        return CertificateProbe.fetch(host, port);
    }

    @Override
    public long backup(String host, int port, String sha256, Credentials admin, Secret backupPassword, Path target) {
        return new ConfigurationBackup(new ConnectorEndpoint(host, port), admin, TrustSettings.pinned(sha256))
                .backup(backupPassword, target);
    }

    @Override
    public long backup(SccClient signedIn, Secret backupPassword, Path target) {
        return signedIn.backup(backupPassword, target);
    }
}
