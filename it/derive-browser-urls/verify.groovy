// The gateway calls Keycloak's issuer and token endpoint (keycloak:8080); the redirect URIs (frontend, gateway) and the
// authorization endpoint at the browser's localhost:8180 are URLs for the browser: no edges, no loopback warning, and
// explain says why. Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['gateway -> keycloak:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'gateway -/-> frontend (spring.security.oauth2.client.registration.web.redirect-uri): not a connection: spring.security.oauth2.client.registration.web.redirect-uri is an OAuth2 redirect URI, where the authorization server sends the user\'s browser back; gateway opens no connection to it [gateway/src/main/resources/application.yml:15]',
    'gateway -/-> localhost (spring.security.oauth2.client.provider.keycloak.authorization-uri): not a connection: spring.security.oauth2.client.provider.keycloak.authorization-uri is the OAuth2 authorization endpoint, where gateway sends the user\'s browser to log in; gateway opens no connection to it [gateway/src/main/resources/application.yml:18]',
    'auth -/-> gateway (spring.security.oauth2.authorizationserver.client.gateway.registration.redirect-uris[0]): not a connection',
    'ai-security: 4 services, 1 connection;')
ItFiles.logLacks(basedir, 'DERIVE-LOOPBACK-HOST', 'gateway -> frontend', 'auth -> gateway', 'auth -> frontend')

def keycloak = new File(basedir, 'target/ai-security/manifests/services/keycloak/network-policy.yaml').text
assert keycloak.contains('app.kubernetes.io/name: gateway') : keycloak
def frontend = new File(basedir, 'target/ai-security/manifests/services/frontend/network-policy.yaml').text
assert !frontend.contains('app.kubernetes.io/name: gateway') : frontend
return true
