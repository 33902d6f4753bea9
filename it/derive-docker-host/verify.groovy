// host.docker.internal is the Docker host: a port a Compose file publishes there is that Compose service's container
// port; a port nothing publishes stays a host outside the platform (one warning). The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'feed -> keycloak:8080', 'feed -> pg:5432')

ItFiles.logContains(basedir,
    "feed -> keycloak:8080 because feed/src/main/resources/application.properties:2 quarkus.oidc.auth-server-url (host.docker.internal:8080: the Docker host, where docker-compose.yml:4 publishes Compose service keycloak's port 8080 as the host's 8080) names keycloak",
    "feed -> pg:5432 because feed/pom.xml:15 declares io.quarkus:quarkus-jdbc-postgresql (catalog: postgresql, provided by pg); feed/src/main/resources/application.properties:3 quarkus.datasource.jdbc.url (host.docker.internal:5433: the Docker host, where docker-compose.yml:8 publishes Compose service pg's port 5432 as the host's 5433) names pg",
    "service 'users': users/src/main/resources/application.properties:2 quarkus.datasource.jdbc.url names host 'host.docker.internal', which is no service of the platform; if it is outside, declare it under 'egress:' [DERIVE-UNKNOWN-HOST]",
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, 'users -> ', "names host 'localhost'")
return true
