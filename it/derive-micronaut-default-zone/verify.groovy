// Micronaut's consul.client.defaultZone and eureka.client.defaultZone, host:port without a scheme, name the registries
// a service registers with: catalogue -> consul-b (the placeholder's default), inventory -> eureka-a and eureka-b (a
// list), neither to the other Consul nor to eureka-c. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'catalogue -> consul-b:8500', 'inventory -> eureka-a:8761', 'inventory -> eureka-b:8761')

ItFiles.logContains(basedir,
    'catalogue -> consul-b:8500 because catalogue/src/main/resources/application.yml:8 consul.client.default-zone names'
        + ' consul-b',
    'inventory -> eureka-a:8761 because inventory/src/main/resources/application.yml:8 eureka.client.default-zone names'
        + ' eureka-a',
    'inventory -> eureka-b:8761 because inventory/src/main/resources/application.yml:8 eureka.client.default-zone names'
        + ' eureka-b',
    'ai-security: 7 services, 3 connections')
ItFiles.logLacks(basedir, '-> eureka-c', '-> consul-a')
return true
