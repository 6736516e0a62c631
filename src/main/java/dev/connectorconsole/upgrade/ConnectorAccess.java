package dev.connectorconsole.upgrade;

import dev.connectorconsole.connector.SccClient;

/**
 * Opens a signed-in admin client for the connector being upgraded (its published port, pinned certificate and the
 * user's credentials). The certificate lives in the connector's volumes, so the same pin fits before and after.
 */
@FunctionalInterface
public interface ConnectorAccess {
    SccClient open();
}
