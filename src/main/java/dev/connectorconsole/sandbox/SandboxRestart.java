package dev.connectorconsole.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLContext;

/**
 * The "restart" that ends a restore: the data folder is replaced by one holding the restored files
 * ({@link DataFolderSwap}, which fails on a mount point as the real restore does) and they are loaded as a fresh start
 * would load them — the state, the UI certificate (new TLS connections present it) — and the tunnels that were
 * connected in the backup connect again, as the real connector reconnects them when it comes back up.
 */
final class SandboxRestart implements BackupResource.Connector {
    private final SandboxOptions options;
    private final StateStore store;
    private final SandboxLogs logs;
    private final LongSupplier clock;
    private volatile UiCertificate certificate;
    private final SwappableKeyManager keys;
    private volatile String baseUri = "";

    SandboxRestart(SandboxOptions options, StateStore store, SandboxLogs logs, LongSupplier clock, UiCertificate certificate) {
        this.options = options;
        this.store = store;
        this.logs = logs;
        this.clock = clock;
        this.certificate = certificate;
        try {
            this.keys = new SwappableKeyManager(certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS for the sandbox: " + e.getMessage(), e);
        }
    }

    /** The TLS context the server starts with; it presents whichever certificate is current. */
    SSLContext sslContext() throws GeneralSecurityException {
        return keys.sslContext();
    }

    /** Where the server listens, for the trace line a restart writes. */
    void serving(String uri) {
        this.baseUri = uri;
    }

    UiCertificate certificate() {
        return certificate;
    }

    @Override
    public String version() {
        return options.version();
    }

    @Override
    public byte[] uiKeyStore() {
        try {
            return Files.readAllBytes(options.dataDir().resolve(UiCertificate.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox certificate: " + e.getMessage(), e);
        }
    }

    @Override
    public void restartWith(StateData restored, byte[] uiKeyStore) {
        Path file = options.dataDir().resolve(UiCertificate.FILE_NAME);
        try {
            UiCertificate loaded = UiCertificate.fromKeyStore(uiKeyStore);
            store.flush();
            DataFolderSwap.replace(options.dataDir(), Set.of(UiCertificate.FILE_NAME, StateStore.FILE_NAME), () -> {
                logs.stopped();
                PrivateFiles.writeAtomically(file, uiKeyStore);
                store.replaceWith(restored, state -> state.subaccounts.forEach(subaccount -> {
                    if (TunnelState.CONNECTED.equals(subaccount.tunnelState)) {
                        TunnelSimulator.open(subaccount, clock.getAsLong());
                    }
                }));
            });
            keys.swap(loaded);
            certificate = loaded;
            logs.started(options.version(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the restored UI certificate: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The backup's UI certificate cannot be loaded", e);
        }
    }
}
