package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OAuth2 URLs a service sends the user's browser to are known by their keys, in every relaxed form. */
class BrowserUrlKeysTest {

    @Test
    void redirectUrisInEveryFormAreRedirects() {
        for (String key : new String[] {
                "spring.security.oauth2.client.registration.client-app.redirect-uri",
                "spring.security.oauth2.client.registration.clientApp.redirectUri",
                ConfigKeys.ofVariable("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_REDIRECTURI"),
                "spring.security.oauth2.client.registration[web].redirect-uri",
                "spring.security.oauth2.client.registration.web.redirect-uri-template",
                "spring.security.oauth2.authorizationserver.client.gateway.registration.redirect-uris[0]",
                "spring.security.oauth2.authorizationserver.client.gateway.registration.post-logout-redirect-uris[1]",
                "micronaut.security.oauth2.callback-uri",
                "micronaut.security.redirect.login-success",
                "micronaut.security.redirect.unauthorized.url"}) {
            assertEquals(Optional.of(BrowserUrlKeys.Kind.REDIRECT), BrowserUrlKeys.of(key), key);
        }
    }

    @Test
    void authorizationEndpointsAreWhereTheBrowserLogsIn() {
        assertEquals(Optional.of(BrowserUrlKeys.Kind.AUTHORIZATION),
                BrowserUrlKeys.of("spring.security.oauth2.client.provider.keycloak.authorization-uri"));
        assertEquals(Optional.of(BrowserUrlKeys.Kind.AUTHORIZATION),
                BrowserUrlKeys.of("micronaut.security.oauth2.clients.github.authorization.url"));
    }

    @Test
    void theEndpointsTheServiceItselfCallsAreNoBrowserUrls() {
        for (String key : new String[] {
                "spring.security.oauth2.client.provider.keycloak.issuer-uri",
                "spring.security.oauth2.client.provider.keycloak.token-uri",
                "spring.security.oauth2.client.provider.keycloak.jwk-set-uri",
                "spring.security.oauth2.client.provider.keycloak.user-info-uri",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "spring.security.oauth2.client.registration.web.client-id",
                "spring.security.oauth2.client.registrationweb.redirect-uri",
                "spring.security.oauth2.client.registration.web.redirect-uri.extra",
                "micronaut.security.oauth2.clients.github.token.url",
                "micronaut.security.redirectx",
                "app.redirect-uri"}) {
            assertEquals(Optional.empty(), BrowserUrlKeys.of(key), key);
        }
    }
}
