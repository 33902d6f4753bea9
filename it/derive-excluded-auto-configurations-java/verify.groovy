// Spring Boot creates no DataSource when the application class excludes DataSourceAutoConfiguration
// (@SpringBootApplication(exclude), @EnableAutoConfiguration(excludeName)): the driver the parent gives every module is
// then no edge and no error; excluding another auto-configuration changes nothing. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432', 'ledger -> reports-db:5432')

ItFiles.logContains(basedir,
    'orders -> orders-db:5432 because k8s/apps.yaml:6 Secret orders-db key SPRING_DATASOURCE_URL names orders-db',
    'ledger -> reports-db:5432 because ledger/src/main/resources/application.yml:3 spring.datasource.url names reports-db',
    'ai-security: billing -/-> postgresql (org.postgresql:postgresql): not a connection: billing/src/main/java/org/example/billing/BillingApplication.java:9 @SpringBootApplication(exclude) excludes DataSourceAutoConfiguration, which creates the postgresql client',
    'ai-security: audit -/-> postgresql (org.postgresql:postgresql): not a connection: audit/src/main/java/org/example/audit/AuditApplication.java:8 @EnableAutoConfiguration(excludeName) excludes org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration, which creates the postgresql client',
    'ai-security: 6 services, 2 connections;')
ItFiles.logLacks(basedir, 'billing -> ', 'audit -> ', 'ledger -/-> postgresql', 'all provide')
return true
