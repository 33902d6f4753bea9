// A gateway's discovery locator declared in code: gateway's sources declare a @Bean returning Spring Cloud Gateway's
// DiscoveryClientRouteDefinitionLocator (no spring.cloud.gateway.discovery.locator.enabled anywhere), so it routes to
// every service registered in the same Eureka, on the port each registers; backoffice's @Bean of its own class of
// that name routes nothing. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'gateway -> registry:8761', 'customers -> registry:8761', 'accounts -> registry:8761',
    'backoffice -> registry:8761', 'gateway -> customers:8081', 'gateway -> accounts:8082',
    'gateway -> backoffice:8090')

ItFiles.logContains(basedir,
    'gateway -> customers:8081 because gateway/src/main/java/org/example/bank/gateway/GatewayApplication.java:17'
        + ' @Bean locator() returns DiscoveryClientRouteDefinitionLocator (gateway discovery locator: routes to every'
        + ' service registered in registry; customers registers at customers/src/main/resources/application.properties:3'
        + ' eureka.client.service-url.default-zone)',
    'ai-security: 5 services, 7 connections')
ItFiles.logLacks(basedir, 'backoffice -> customers', 'backoffice -> accounts', 'backoffice -> gateway')
return true
