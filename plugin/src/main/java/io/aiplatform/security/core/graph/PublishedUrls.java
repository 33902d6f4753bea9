package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.BrowserUrlKeys;
import io.aiplatform.security.core.derive.BrowserUrlNames;
import io.aiplatform.security.core.derive.ConfigKeys;
import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.JavaSourceReferences;
import io.aiplatform.security.core.derive.KeyReaders;
import java.util.List;
import java.util.Optional;

/**
 * URLs a service hands to the browser in its API documentation, which the browser calls and the service never
 * does: springdoc's own keys ({@code springdoc.swagger-ui.urls[0].url}, {@code springdoc.oauth-flow.token-url}: what
 * Swagger UI fetches and shows), and an application's own key that the module's sources read only to publish as an
 * OpenAPI server URL ({@code new Server().url(apiGatewayUrl)}, {@code @Server(url = "${…}")};
 * {@link JavaSourceReferences.Result#publishedOnly}). Such a key configures no connection, unless a key that counts
 * refers to it through a placeholder. So are the OAuth2 URLs the browser is sent to ({@link BrowserUrlKeys}: a client's
 * {@code redirect-uri}, the provider's {@code authorization-uri}).
 */
final class PublishedUrls {

    /** The namespaces of the OpenAPI tools whose keys only the browser uses. */
    private static final List<String> DOCUMENTATION = List.of("springdoc");

    private PublishedUrls() {
    }

    /**
     * Why nothing of {@code service} connects to what {@code v} names, when the browser is its only reader;
     * {@code readers}: {@link KeyReaders#of} of its key; {@code sources} are what the Java sources it runs with read:
     * its module's, then its library modules'.
     */
    static Optional<String> whyUnread(String service, ConfigValue v, Optional<KeyReaders.Readers> readers,
                                      List<JavaSourceReferences.Result> sources) {
        Optional<BrowserUrlKeys.Kind> browser = BrowserUrlKeys.of(v.key());
        if (browser.isPresent()) {
            return Optional.of(v.key() + (browser.get() == BrowserUrlKeys.Kind.REDIRECT
                    ? " is an OAuth2 redirect URI, where the authorization server sends the user's browser back"
                    : " is the OAuth2 authorization endpoint, where " + service + " sends the user's browser to log in")
                    + "; " + service + " opens no connection to it");
        }
        if (BrowserUrlNames.namesKey(v.key()) && KeyReaders.of(v.key()).isEmpty()) {
            return Optional.of("the name of " + v.key() + " says it is a URL the user's browser is sent to (a payment"
                    + " provider's return or cancel URL, an authorization server's redirect URI); " + service
                    + " opens no connection to it");
        }
        if (DOCUMENTATION.stream().anyMatch(p -> ConfigKeys.under(v.key(), p))) {
            return Optional.of("springdoc hands " + v.key() + " to Swagger UI in the browser; " + service
                    + " opens no connection to it");
        }
        if (readers.isPresent() || sources.stream().flatMap(r -> r.keysReadOrBound().stream())
                .anyMatch(c -> ConfigKeys.under(v.key(), c))) {
            return Optional.empty();
        }
        return sources.stream().flatMap(r -> r.publishedOnly(v.key()).stream()).findFirst().map(how -> service + "'s sources read " + v.key() + " only " + how + "; "
                + service + " opens no connection to it");
    }
}
