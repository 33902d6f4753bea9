// Micronaut Elasticsearch connects to its default http://127.0.0.1:9200 unless elasticsearch.http-hosts is set: a
// service that Compose runs with nothing set is no edge to the platform's Elasticsearch but one DERIVE-LOOPBACK-HOST
// warning; the key in its configuration or the deployment's environment decides.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'catalog -> search:9200', 'reports -> search:9200')

ItFiles.logContains(basedir,
    "[WARNING] web/pom.xml:14: service 'web': io.micronaut.elasticsearch:micronaut-elasticsearch, a client of 'elasticsearch', connects to Micronaut's default 127.0.0.1:9200, the pod itself once deployed: none of elasticsearch.http-hosts is set in its configuration or in the environment of docker-compose.yml web; no connection to search is derived. Set elasticsearch.http-hosts to the service it uses, or add 'exclude: [{client: elasticsearch, reason: <why>}]' if it connects nowhere [DERIVE-LOOPBACK-HOST]",
    'ai-security: catalog -> search:9200 because catalog/pom.xml:14 declares io.micronaut.elasticsearch:micronaut-elasticsearch (catalog: elasticsearch, provided by search); catalog/src/main/resources/application.yml:5 elasticsearch.http-hosts names search',
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, "service 'reports': io.micronaut.elasticsearch", "service 'catalog': io.micronaut.elasticsearch", 'web -> search')
return true
