// A token's expected issuer is a value SmallRye JWT and Quarkus OIDC compare with the token's iss claim, not an address
// they connect to: orders (key given inline) has no edge to keycloak; billing fetches the key set from
// mp.jwt.verify.publickey.location, and users' own TokenService reads mp.jwt.verify.issuer to post to the token
// endpoint under it: both are connections. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['billing -> keycloak:8080', 'users -> keycloak:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'billing -> keycloak:8080 because billing/src/main/resources/application.properties:1 mp.jwt.verify.publickey.location names keycloak',
    'users -> keycloak:8080 because users/src/main/resources/application.properties:2 mp.jwt.verify.issuer names keycloak',
    'orders -/-> keycloak (mp.jwt.verify.issuer): not a connection: mp.jwt.verify.issuer is a value the framework compares with what it receives (a token\'s claim), not an address it connects to, and no source of orders reads it')
ItFiles.logLacks(basedir, 'orders -> keycloak', 'DERIVE-UNKNOWN-HOST', 'DERIVE-LOOPBACK-HOST')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
