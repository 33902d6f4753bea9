// Each messaging client reaches the broker its framework's keys name, on their port; billing's rabbitmq.* lines, which
// only Micronaut RabbitMQ reads, are no connection of the Spring AMQP service. Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'notifier -> rabbit:5673', 'billing -> events:5672', 'prices -> rabbit:5673', 'orders -> artemis:5672',
    'audit -> artemis:5672')

ItFiles.logContains(basedir,
    'billing -/-> rabbit (rabbitmq.host): not a connection: no library on the classpath of billing reads rabbitmq.*',
    'orders/src/main/resources/application.properties:1 amqp-host names artemis',
    'prices/src/main/resources/application.properties:1 rabbitmq-host names rabbit',
    'ai-security: 8 services, 5 connections;')
ItFiles.logLacks(basedir, 'billing -> rabbit')
return true
