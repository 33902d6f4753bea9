// Kubernetes discovery lists every Service of the namespace: the gateway's discovery locator routes HTTP to the
// services, not to the database; Spring Boot Admin polls every listed Service. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'gateway -> admin:8080', 'gateway -> employee:8080', 'admin -> employee:8080', 'admin -> gateway:8080',
    'admin -> mongodb:27017', 'employee -> mongodb:27017')
ItFiles.logContains(basedir,
    'gateway -> employee:8080 because gateway/src/main/resources/application.yml:8 spring.cloud.gateway.discovery.locator.enabled (gateway discovery locator: routes to every service registered in Kubernetes discovery: gateway/pom.xml:15 declares org.springframework.cloud:spring-cloud-starter-kubernetes-fabric8-all; it lists every Service of the namespace)',
    'admin -> mongodb:27017 because admin/pom.xml:14 declares de.codecentric:spring-boot-admin-starter-server (spring-boot-admin: calls every service registered in Kubernetes discovery')
ItFiles.logLacks(basedir, 'gateway -> mongodb')
return true
