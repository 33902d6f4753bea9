// Both Compose files publish 8500 for consul and 5432 for postgres: one service each, so orders (run on the host)
// reaches consul through localhost:8500 and postgres through host.docker.internal:5432, without a loopback warning.
// The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> consul:8500', 'orders -> postgres:5432')
ItFiles.logContains(basedir,
    'orders/src/main/resources/application.yml:8 consul.client.default-zone (localhost:8500: docker/compose.yml:9 publishes Compose service consul\'s port 8500 as the host\'s 8500, and orders runs on the host: no Compose service or workload of the repository runs it) names consul',
    'orders/src/main/resources/application.yml:11 datasources.default.url (host.docker.internal:5432: the Docker host, where docker/compose.yml:5 publishes Compose service postgres\'s port 5432 as the host\'s 5432) names postgres')
ItFiles.logLacks(basedir, 'DERIVE-LOOPBACK-HOST')
return true
