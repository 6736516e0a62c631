package dev.connectorconsole.ui.ha;

import dev.connectorconsole.app.ShadowContainers;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SecretStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the High availability screen needs to make a shadow container: the engine side, the shown connector's
 * container (empty when it has none on this engine), the remembered passwords, how a new profile joins the others, and
 * the note about switching roles kept with the shown connector's profile (null when none).
 */
public record ShadowSource(ShadowContainers containers, Supplier<Optional<String>> masterContainer,
                           CompletableFuture<SecretStore> passwords, Consumer<ConnectorProfile> addProfile,
                           Supplier<String> savedSwitchNote) {
    /** No note kept. */
    public ShadowSource(ShadowContainers containers, Supplier<Optional<String>> masterContainer,
                        CompletableFuture<SecretStore> passwords, Consumer<ConnectorProfile> addProfile) {
        this(containers, masterContainer, passwords, addProfile, () -> null);
    }
}
