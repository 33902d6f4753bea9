// A client set only to the loopback host in a deployed service is no edge (the pod itself), with a warning and explain's
// reason; the deployment's environment naming the server is an edge. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'cart -> redis:6379')

ItFiles.logContains(basedir,
    'ai-security: web -/-> redis (org.springframework.boot:spring-boot-starter-data-redis): its configuration points it at the loopback host, the pod itself once deployed [web/src/main/resources/application.yml:4 spring.data.redis.host]',
    "service 'web': web/src/main/resources/application.yml:4 spring.data.redis.host names host 'localhost', the pod itself once deployed; name the service it means [DERIVE-LOOPBACK-HOST]",
    'ai-security: 3 services, 1 connection')
ItFiles.logLacks(basedir, 'web -> ')
return true
