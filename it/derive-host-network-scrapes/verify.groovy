// Prometheus runs with network_mode: host, so its localhost:8080 is cadastro, started on the host (no Compose service
// runs it); localhost:9090 is its own self-scrape and localhost:8081 reaches nothing (billing runs in a container of
// its own and publishes no port). Descriptors hold no calls and no scrapes.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'prometheus -> cadastro:8080')

ItFiles.logContains(basedir,
    'prometheus -> cadastro:8080 because monitoring/prometheus.yml:7 scrape_configs[1].static_configs[0].targets[0] (localhost:8080 on the host network: compose.yml:4 runs Compose service prometheus with network_mode: host, and cadastro listens on 8080 on the host, where it runs: no Compose service or workload of the repository runs it) names cadastro',
    'ai-security: 3 services, 1 connection;')

// cadastro's NetworkPolicy admits Prometheus' pods on 8080
def policy = new File(basedir, 'target/ai-security/manifests/services/cadastro/network-policy.yaml').text
assert policy.contains('app.kubernetes.io/name: prometheus') : policy
assert policy.contains('port: 8080') : policy
ItFiles.logLacks(basedir, 'prometheus -> billing', 'prometheus -> prometheus')
return true
