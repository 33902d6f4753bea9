// Camel's Kafka component connects to the brokers camel.component.kafka.brokers names: orders carries Camel Quarkus'
// Kafka extension and calls kafka on the port its configuration gives; billing has the same keys but no Camel Kafka
// library, so nothing reads them (explain says so) and it calls nothing.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> kafka:29092')
ItFiles.logContains(basedir,
    'orders/src/main/resources/application.properties:3 camel.component.kafka.brokers names kafka',
    'billing -/-> kafka (camel.component.kafka.brokers): not a connection: no library on the classpath of billing reads'
        + ' camel.component.kafka.*')
ItFiles.logLacks(basedir, 'billing -> kafka')
return true
