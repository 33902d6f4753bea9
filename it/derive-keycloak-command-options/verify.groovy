// Keycloak's --db-url on its Compose command line is KC_DB_URL: keycloak -> db-keycloak:5432. The legacy jboss/keycloak
// image reads no such option. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'keycloak -> db-keycloak:5432')
ItFiles.logContains(basedir, 'keycloak -> db-keycloak:5432 because compose.yml:8 KC_DB_URL names db-keycloak')
ItFiles.logLacks(basedir, 'legacy-keycloak -> db-keycloak')
return true
