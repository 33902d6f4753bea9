// Spring Boot creates no DataSource when spring.autoconfigure.exclude names DataSourceAutoConfiguration (in a file or
// in the Deployment's environment): the driver the parent gives every module is then no edge and no error. The exact
// graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432')

ItFiles.logContains(basedir,
    'orders -> orders-db:5432 because k8s/apps.yaml:6 Secret orders-db key SPRING_DATASOURCE_URL names orders-db',
    'ai-security: search -/-> postgresql (org.postgresql:postgresql): not a connection: search/src/main/resources/application.yml:4 spring.autoconfigure.exclude[0] excludes org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration, which creates the postgresql client',
    'ai-security: notify -/-> postgresql (org.postgresql:postgresql): not a connection: ',
    ' excludes org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration, which creates the postgresql client',
    'ai-security: 5 services, 1 connection;')
ItFiles.logLacks(basedir, 'search -> ', 'notify -> ', 'all provide')
return true
