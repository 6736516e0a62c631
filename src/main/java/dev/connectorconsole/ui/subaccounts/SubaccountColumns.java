package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.ui.fx.TextColumns;
import java.util.function.Function;
import javafx.scene.control.TableColumn;

/** The columns of the subaccount table: plain text with the full value as tooltip, and the tunnel state. */
final class SubaccountColumns {
    private SubaccountColumns() {}

    static TableColumn<SubaccountRow, String> text(String name, Function<SubaccountRow, String> value, double width) {
        return TextColumns.of(name, value, width);
    }

    static TableColumn<SubaccountRow, TunnelState> state() {
        return TunnelStateColumn.of("State", SubaccountRow::state);
    }
}
