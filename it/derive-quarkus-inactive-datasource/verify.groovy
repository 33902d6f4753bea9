// Quarkus starts a datasource only when its jdbc.url or reactive.url is set: a driver whose URL is set only in %dev is
// no client of the deployed service (no edge to the one provider, no "no provider" warning), while a URL in the
// Deployment's environment or a named datasource's URL is the edge. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> pg:5432', 'reports -> pg:5432')

ItFiles.logContains(basedir,
    'orders -> pg:5432 because k8s/orders.yaml:19 quarkus.datasource.reactive.url names pg',
    'reports/src/main/resources/application.properties:2 quarkus.datasource."stats".jdbc.url names pg',
    "ai-security: web -/-> postgresql (io.quarkus:quarkus-jdbc-postgresql): not a connection: Quarkus creates a postgresql client only for quarkus.datasource.jdbc.url or quarkus.datasource.reactive.url or quarkus.datasource.*.jdbc.url or quarkus.datasource.*.reactive.url or quarkus.datasource.url or quarkus.datasource.*.url entries, and the configuration (its files, its deployment's environment) sets none [web/pom.xml:15]",
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, 'web -> ', 'no service provides', "names host 'localhost'")
return true
