// A key the module's Spring Boot version does not read is no connection: Spring Boot 3 reads Redis under
// spring.data.redis.*, Spring Boot 2 under spring.redis.*; with the version unknown both count, as before. The exact
// graph, with its evidence and the explain lines of the keys left out.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'cart -> cache:6379', 'legacy -> sessions:6379', 'orders -> cache:6379', 'orders -> sessions:6379')

ItFiles.logContains(basedir,
    'cart -> cache:6379 because docker-compose.yml:10 spring.data.redis.host (read by Spring Boot 3.3.2) names cache',
    'legacy -> sessions:6379 because deploy/k8s/legacy.yaml:17 spring.redis.host (read by Spring Boot 2.7.18) names sessions',
    'orders -> cache:6379 because docker-compose.yml:15 spring.data.redis.host names cache',
    'orders -> sessions:6379 because docker-compose.yml:14 spring.redis.host names sessions',
    'ai-security: cart -/-> sessions (spring.redis.host): not a connection: spring.redis.host is not read by Spring Boot 3.3.2 (spring.redis.* became spring.data.redis.* in 3.0) [docker-compose.yml:9]',
    'ai-security: legacy -/-> cache (spring.data.redis.host): not a connection: spring.data.redis.host is not read by Spring Boot 2.7.18 (spring.data.redis.* is read from 3.0 on; before, spring.redis.*) [deploy/k8s/legacy.yaml:19]',
    'ai-security: 5 services, 4 connections')
ItFiles.logLacks(basedir, 'cart -> sessions', 'legacy -> cache', '[ERROR]')
return true
