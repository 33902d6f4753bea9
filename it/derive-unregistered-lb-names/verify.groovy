// A load-balanced name reaches what the caller's registry lists: orders switches its Eureka client off and registers
// nowhere, so gateway's lb://orders route is no connection; billing registers, so lb://billing reaches it on its
// registered port. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'gateway -> registry:8761', 'gateway -> billing:8082', 'billing -> registry:8761')

ItFiles.logContains(basedir,
    'gateway -> billing:8082 because gateway/src/main/resources/application.yml:11 spring.cloud.gateway.routes[1].uri'
        + ' names billing',
    'gateway -/-> orders (spring.cloud.gateway.routes[0].uri): not a connection: orders is a load-balanced name, which'
        + " gateway's discovery client resolves to the instances a registry lists, and orders registers in none: its"
        + ' eureka client is switched off [gateway/src/main/resources/application.yml:8 spring.cloud.gateway.routes[0].uri]',
    'ai-security: 4 services, 3 connections')
ItFiles.logLacks(basedir, '-> orders:')
return true
