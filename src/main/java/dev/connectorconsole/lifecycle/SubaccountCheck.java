package dev.connectorconsole.lifecycle;

import java.util.Set;

/** Lists the connector's subaccounts through its admin API ("region/subaccount"), before and after a replacement. */
@FunctionalInterface
public interface SubaccountCheck {
    Set<String> subaccounts() throws Exception;
}
