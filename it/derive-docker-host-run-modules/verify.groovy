// host.docker.internal:P that no Compose service publishes is the Docker host's own port P: Prometheus in Compose
// scrapes orders (40010) and payments (40020), both started on the host. :50010, where nothing listens, stays a host
// outside the platform (one warning). The services reach PostgreSQL through its published 5432. Descriptors hold no
// calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'prometheus -> orders:40010', 'prometheus -> payments:40020', 'orders -> postgres:5432',
    'payments -> postgres:5432')

ItFiles.logContains(basedir,
    'prometheus -> orders:40010 because monitoring/prometheus.yml:5 scrape_configs[0].static_configs[0].targets[0] (host.docker.internal:40010: the Docker host, where orders listens on 40010: no Compose service or workload of the repository runs it) names orders',
    "service 'prometheus': monitoring/prometheus.yml:12 scrape_configs[2].static_configs[0].targets[0] names host 'host.docker.internal', which is no service of the platform; if it is outside, declare it under 'egress:' [DERIVE-UNKNOWN-HOST]",
    'ai-security: 4 services, 4 connections')
ItFiles.logLacks(basedir, 'prometheus.yml:5 scrape_configs[0].static_configs[0].targets[0] names host',
    'prometheus.yml:9 scrape_configs[1].static_configs[0].targets[0] names host')
return true
