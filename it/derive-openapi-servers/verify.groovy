// URLs handed to the browser in the API documentation are no connections, on a Compose platform whose descriptors
// hold no calls: catalog reads swagger.api-gateway-url only as its OpenAPI server URL, and the gateway's springdoc
// lists the webapp's API document for Swagger UI. The webapp publishes its gateway URL too, but its RestClient is
// built with it: a call. The exact graph, with its evidence and explain's reasons.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['gateway -> catalog:8081', 'webapp -> gateway:8989'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'gateway -> catalog:8081 because gateway/src/main/resources/application.yml:10 spring.cloud.gateway.routes[0].uri names catalog',
    'webapp -> gateway:8989 because docker-compose.yml:9 app.gateway-url names gateway; webapp/src/main/java/org/example/shop/webapp/ClientsConfiguration.java:13 @Value(app.gateway-url) names gateway; webapp/src/main/java/org/example/shop/webapp/ClientsConfiguration.java:23 baseUrl(gatewayUrl) names gateway',
    "ai-security: catalog -/-> gateway (swagger.api-gateway-url): not a connection: catalog's sources read swagger.api-gateway-url only as the URL of an OpenAPI server (catalog/src/main/java/org/example/shop/catalog/OpenApiConfiguration.java:21), which its API document hands to the browser; catalog opens no connection to it [docker-compose.yml:5]",
    'ai-security: gateway -/-> webapp (springdoc.swagger-ui.urls[1].url): not a connection: springdoc hands springdoc.swagger-ui.urls[1].url to Swagger UI in the browser; gateway opens no connection to it [gateway/src/main/resources/application.yml:19]',
    'ai-security: 3 services, 2 connections')
ItFiles.logLacks(basedir, 'catalog -> ', 'gateway -> webapp')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
