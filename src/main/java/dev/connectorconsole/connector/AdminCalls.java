package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Authenticated calls of the admin API, shared by {@link SccClient} and its views (HA, settings, monitoring, a
 * subaccount's access control): each is sent with the current credentials, a failure becomes an {@link SccException}
 * with the credentials and the request's secrets redacted, and the answer is parsed.
 */
final class AdminCalls {
    private static final String SUBACCOUNTS = "api/v1/configuration/subaccounts";

    private final Transport transport;
    private volatile Credentials credentials;

    AdminCalls(Transport transport, Credentials credentials) {
        this.transport = transport;
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    Credentials credentials() {
        return credentials;
    }

    /** Used for the later calls, after the connector accepted a new password. */
    void useCredentials(Credentials next) {
        credentials = next;
    }

    HttpUrl.Builder url(String path) {
        return transport.url(path);
    }

    HttpUrl subaccounts() {
        return url(SUBACCOUNTS).build();
    }

    /** The path of a subaccount, to add further segments to. */
    HttpUrl.Builder subaccountPath(String regionHost, String subaccountId) {
        return url(SUBACCOUNTS)
                .addPathSegment(Objects.requireNonNull(regionHost, "regionHost"))
                .addPathSegment(Objects.requireNonNull(subaccountId, "subaccountId"));
    }

    <T> T json(String method, HttpUrl url, byte[] body, String what, Function<String, T> parser) {
        return parse(send(method, url, body), what, parser);
    }

    void noContent(String method, HttpUrl url, byte[] body, Secret... secrets) {
        send(method, url, body, secrets);
    }

    /** The successful answer; {@code secrets} are the request's own, kept out of any error message. */
    Answer send(String method, HttpUrl url, byte[] body, Secret... secrets) {
        Answer answer = transport.send(method, url, body, credentials);
        if (answer.successful()) {
            if (answer.isHtml()) {
                throw ErrorMapper.loginPage(answer.status());
            }
            return answer;
        }
        throw ErrorMapper.fromResponse(answer.status(), answer.body(), secretValues(secrets));
    }

    static <T> T parse(Answer answer, String what, Function<String, T> parser) {
        try {
            return parser.apply(answer.body());
        } catch (RuntimeException e) {
            throw ErrorMapper.unreadable(answer.status(), what, e);
        }
    }

    private List<String> secretValues(Secret... requestSecrets) {
        List<String> values = new ArrayList<>();
        values.add(credentials.password().value());
        for (Secret secret : requestSecrets) {
            if (secret != null) {
                values.add(secret.value());
            }
        }
        return values;
    }
}
