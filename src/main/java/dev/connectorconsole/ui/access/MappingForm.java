package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The add/edit form of a system mapping, without a toolkit: values, the choices each value allows (protocols follow
 * the back-end type, principal types the protocol), live validation including "virtual host and port unique", and
 * unsaved-change tracking. The form keeps its values on any failure.
 */
public final class MappingForm {
    public enum Mode { ADD, EDIT }

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.ADD);
    private final ObjectProperty<List<String>> takenVirtual = new SimpleObjectProperty<>(List.of());
    private final FormField backendType = new FormField("Back-end type", v -> AccessRules.required(v, "a back-end type"));
    private final FormField protocol = new FormField("Protocol", v -> AccessRules.required(v, "a protocol"));
    private final FormField virtualHost = new FormField("Virtual host", v -> AccessRules.host(v, "virtual"));
    private final FormField virtualPort;
    private final FormField localHost = new FormField("Internal host", v -> AccessRules.host(v, "internal"));
    private final FormField localPort;
    private final FormField principalType = new FormField("Principal type",
            v -> AccessRules.required(v, "a principal type"));
    private final FormField hostInHeader = new FormField("Host header", v -> "");
    private final FormField sid = new FormField("System ID", AccessRules::sid);
    private final FormField description = new FormField("Description", AccessRules::description);
    private final FormField allowedClients = new FormField("Allowed clients", AccessRules::clients);
    private final FormField blockedUsers = new FormField("Blocked users", AccessRules::blockedUsers);
    private final ObservableList<String> protocols = FXCollections.observableArrayList();
    private final ObservableList<String> principalTypes = FXCollections.observableArrayList();
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);
    private final ObjectProperty<List<String>> saved = new SimpleObjectProperty<>(List.of());
    private final BooleanBinding valid;
    private final BooleanBinding dirty;
    private SystemMapping editing;

    public MappingForm() {
        virtualPort = new FormField("Virtual port", this::virtualPortProblem, protocol.valueProperty(),
                virtualHost.valueProperty(), takenVirtual);
        localPort = new FormField("Internal port", v -> AccessRules.port(v, protocol.value()), protocol.valueProperty());
        backendType.valueProperty().addListener((obs, old, now) -> offer(protocols, AccessChoices.protocols(now), protocol));
        protocol.valueProperty().addListener((obs, old, now) -> {
            offer(principalTypes, AccessChoices.principalTypes(now), principalType);
            if (AccessChoices.isHttp(now) && hostInHeader.value().isEmpty()) {
                hostInHeader.set("VIRTUAL");
            }
        });
        valid = Bindings.createBooleanBinding(() -> fields().stream().allMatch(FormField::isValid),
                fields().stream().map(FormField::ruleErrorProperty).toArray(Observable[]::new));
        Observable[] values = fields().stream().map(FormField::valueProperty).toArray(Observable[]::new);
        Observable[] withSaved = java.util.Arrays.copyOf(values, values.length + 1);
        withSaved[values.length] = saved;
        dirty = Bindings.createBooleanBinding(() -> !snapshot().equals(saved.get()), withSaved);
        startAdd(List.of());
    }

    /** An empty form for a new system; {@code taken} are the virtual {@code host:port} keys already in use. */
    public void startAdd(List<String> taken) {
        editing = null;
        mode.set(Mode.ADD);
        takenVirtual.set(List.copyOf(taken));
        backendType.load("abapSys");
        protocol.load("HTTPS");
        for (FormField field : List.of(virtualHost, virtualPort, localHost, localPort, sid, description, allowedClients,
                blockedUsers)) {
            field.load("");
        }
        principalType.load("NONE");
        hostInHeader.load("VIRTUAL");
        message.set(FormMessage.NONE);
        saved.set(snapshot());
    }

    /** Shows an existing mapping; {@code taken} are the other mappings' virtual keys. */
    public void startEdit(SystemMapping existing, List<String> taken) {
        editing = existing;
        mode.set(Mode.EDIT);
        takenVirtual.set(taken.stream().filter(key -> !key.equalsIgnoreCase(existing.key())).toList());
        backendType.load(existing.backendType());
        protocol.load(existing.protocol());
        virtualHost.load(existing.virtualHost());
        virtualPort.load(existing.virtualPort());
        localHost.load(existing.localHost());
        localPort.load(existing.localPort());
        principalType.load(Objects.requireNonNullElse(existing.authenticationMode(), "NONE"));
        hostInHeader.load(Objects.requireNonNullElse(existing.hostInHeader(), "VIRTUAL").toUpperCase(Locale.ROOT));
        sid.load(Objects.requireNonNullElse(existing.sid(), ""));
        description.load(Objects.requireNonNullElse(existing.description(), ""));
        allowedClients.load(RfcLists.clientsText(existing.allowedClients()));
        blockedUsers.load(RfcLists.usersText(existing.blockedUsers()));
        message.set(FormMessage.NONE);
        saved.set(snapshot());
    }

    /** The mapping to send; the RFC access lists only for RFC, SNC and router settings kept from the one edited. */
    public SystemMapping toMapping() {
        String proto = protocol.trimmed();
        boolean rfc = AccessChoices.isRfc(proto);
        return new SystemMapping(virtualHost.trimmed(), virtualPort.trimmed(), localHost.trimmed(), localPort.trimmed(),
                proto, backendType.trimmed(), principalType.trimmed(),
                AccessChoices.isHttp(proto) ? hostInHeader.trimmed() : null, blankToNull(sid.trimmed()),
                blankToNull(description.trimmed()), editing == null ? null : editing.sncPartnerName(),
                editing == null ? null : editing.sapRouter(),
                rfc ? RfcLists.clients(allowedClients.value()) : List.of(),
                rfc ? RfcLists.users(blockedUsers.value()) : List.of(), null, 0, 0);
    }

    /** The mapping as it was loaded into the form (its current address), or null when adding. */
    public SystemMapping editing() {
        return editing;
    }

    /** Puts a connector error next to the field it names, or into the form's message line. */
    public void showFailure(SccException failure) {
        String server = Objects.requireNonNullElse(failure.serverMessage(), "");
        String text = server.isBlank() ? failure.getMessage() : server;
        FormField field = fieldNamedIn(server.toLowerCase(Locale.ROOT), failure.kind());
        if (field == null) {
            message.set(FormMessage.error(text));
        } else {
            message.set(FormMessage.NONE);
            field.showServerError(text);
        }
    }

    private FormField fieldNamedIn(String server, SccException.Kind kind) {
        if (kind == SccException.Kind.CONFLICT || server.contains("virtualhost") || server.contains("already exists")) {
            return virtualHost;
        }
        if (server.contains("virtualport")) {
            return virtualPort;
        }
        if (server.contains("localhost")) {
            return localHost;
        }
        if (server.contains("localport")) {
            return localPort;
        }
        if (server.contains("authentication")) {
            return principalType;
        }
        if (server.contains("back-end") || server.contains("backendtype")) {
            return backendType;
        }
        return server.contains("protocol") ? protocol : null;
    }

    public void touchAll() {
        fields().forEach(FormField::touch);
    }

    /** After a successful save the values shown are the saved ones. */
    public void markSaved(SystemMapping result, List<String> taken, String confirmation) {
        startEdit(result, taken);
        message.set(FormMessage.success(confirmation));
    }

    public List<FormField> fields() {
        return List.of(backendType, protocol, virtualHost, virtualPort, localHost, localPort, principalType,
                hostInHeader, sid, description, allowedClients, blockedUsers);
    }

    private String virtualPortProblem(String port) {
        String problem = AccessRules.port(port, protocol.value());
        return problem.isEmpty() ? AccessRules.uniqueVirtual(virtualHost.value(), port, takenVirtual.get()) : problem;
    }

    /** Sets the choices; a value they no longer allow becomes the first choice. */
    private static void offer(ObservableList<String> choices, List<String> allowed, FormField field) {
        choices.setAll(allowed);
        if (!allowed.contains(field.value()) && !allowed.isEmpty()) {
            field.set(allowed.get(0));
        }
    }

    private List<String> snapshot() {
        return fields().stream().map(FormField::trimmed).toList();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode.getReadOnlyProperty(); }
    public Mode mode() { return mode.get(); }
    public FormField backendType() { return backendType; }
    public FormField protocol() { return protocol; }
    public FormField virtualHost() { return virtualHost; }
    public FormField virtualPort() { return virtualPort; }
    public FormField localHost() { return localHost; }
    public FormField localPort() { return localPort; }
    public FormField principalType() { return principalType; }
    public FormField hostInHeader() { return hostInHeader; }
    public FormField sid() { return sid; }
    public FormField description() { return description; }
    public FormField allowedClients() { return allowedClients; }
    public FormField blockedUsers() { return blockedUsers; }
    public ObservableList<String> protocols() { return protocols; }
    public ObservableList<String> principalTypes() { return principalTypes; }
    public ObjectProperty<FormMessage> messageProperty() { return message; }
    public BooleanBinding validProperty() { return valid; }
    public boolean isValid() { return valid.get(); }
    public BooleanBinding dirtyProperty() { return dirty; }
    public boolean isDirty() { return dirty.get(); }
}
