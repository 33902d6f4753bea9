// Under Spring Cloud 4.3.0 (2025.0) items, without spring-cloud-starter-bootstrap, does not read its bootstrap.yml:
// its app.catalog-url there is no call. legacy carries the starter and calls catalog. Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'legacy -> catalog:8080')

ItFiles.logContains(basedir,
    'legacy -> catalog:8080 because legacy/src/main/java/org/example/legacy/Catalog.java:7 @Value(app.catalog-url) names catalog',
    'ai-security: 3 services, 1 connection;')
ItFiles.logLacks(basedir, 'items -> catalog')
return true
