// Micronaut creates a JDBC DataSource per configured datasources.<name>: a driver that no datasource configures is no
// edge and no error, and DATASOURCES_DEFAULT_URL in the deployment's environment alone configures one. The exact graph,
// with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'payments -> payments-db:5432', 'catalogue -> products-db:5432')

ItFiles.logContains(basedir,
    'payments -> payments-db:5432 because docker-compose.yml:11 datasources.default.url names payments-db',
    'catalogue -> products-db:5432 because docker-compose.yml:15 datasources.default.url names products-db',
    "ai-security: orchestrator -/-> postgresql (org.postgresql:postgresql): not a connection: Micronaut creates a postgresql client only for datasources.* or r2dbc.datasources.* entries, and the configuration (its files, its deployment's environment) sets none [orchestrator/pom.xml:17]",
    'ai-security: 5 services, 2 connections')
ItFiles.logLacks(basedir, 'orchestrator -> ', 'all provide', 'no service provides', "names host 'localhost'")
return true
