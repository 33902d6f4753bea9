// Keycloak's --db-url on its Compose command line is KC_DB_URL: keycloak -> db-keycloak:5432. The legacy jboss/keycloak
// image reads no such option. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['keycloak -> db-keycloak:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir, 'keycloak -> db-keycloak:5432 because compose.yml:8 KC_DB_URL names db-keycloak')
ItFiles.logLacks(basedir, 'legacy-keycloak -> db-keycloak')
return true
