// nginx configuration as a source of edges, on a Compose platform whose descriptors hold no calls: the frontend's
// templates (bind-mounted, filled from its environment by the image's envsubst) and upstream file, and admin's
// nginx.conf (copied by the Dockerfile of its build). An upstream's name is no host, $host is known only at run time,
// and ops/old-proxy.conf runs in no container. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['frontend -> api-gateway:8888', 'frontend -> orders:8080', 'frontend -> keycloak:8080',
                'admin -> orders:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    // the infrastructure container's *_HOST variable says it too (InfrastructureEnvironment)
    'frontend -> api-gateway:8888 because docker-compose.yml:12 GATEWAY_HOST names api-gateway;'
        + ' nginx/templates/default.conf.template:5 proxy_pass http://${GATEWAY_HOST}:8888'
        + ' (GATEWAY_HOST=api-gateway in docker-compose.yml frontend) names api-gateway',
    'frontend -> orders:8080 because nginx/upstreams.conf:2 upstream orders_backend server orders:8080 names orders',
    'frontend -> keycloak:8080 because nginx/templates/default.conf.template:14 proxy_pass http://keycloak:8080/ names keycloak',
    'admin -> orders:8080 because admin/nginx.conf:6 proxy_pass http://orders:8080 names orders',
    'ai-security: 5 services, 4 connections')
ItFiles.logLacks(basedir, 'orders_backend\'', 'needs ', 'old-proxy')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
