// A @PropertySource file configures the service below its own files: web's location resolves with the profile its
// Deployment activates (kube) to a properties file of the library module clients, which names orders; jobs runs
// without a profile, so its location does not resolve and nothing of the library's files is read for it. The exact
// graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'web -> orders:8081')

ItFiles.logContains(basedir,
    'web -> orders:8081 because clients/src/main/resources/clients-kube.properties:1 clients.orders.url'
        + ' (@PropertySource at web/src/main/java/shop/web/App.java:6) names orders;'
        + ' web/src/main/java/shop/web/App.java:8 @Value(clients.orders.url) names orders',
    "service 'jobs': @PropertySource(classpath:clients-\${spring.profiles.active}.properties) at"
        + ' jobs/src/main/java/shop/jobs/App.java:6 is not read: nothing sets spring.profiles.active',
    'ai-security: 4 services, 1 connection')
ItFiles.logLacks(basedir, '-> billing', 'DERIVE-LOOPBACK-HOST')
return true
