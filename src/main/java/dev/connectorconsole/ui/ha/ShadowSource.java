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
 * container (empty when it has none on this engine), the remembered passwords, and how a new profile joins the others.
 */
public record ShadowSource(ShadowContainers containers, Supplier<Optional<String>> masterContainer,
                           CompletableFuture<SecretStore> passwords, Consumer<ConnectorProfile> addProfile) {}
