// A native config server's shared application.yml sets RabbitMQ, Kafka, datasource, Eureka and OAuth2 keys and
// the application's own keys for every client: each is a connection only for a service that reads it (its
// client library on the classpath; its Java sources for the application's own keys; every own key for a
// service without Java sources). Keys in camelCase are read in their relaxed form: the gateway's
// zuul.ignoredServices '*' stops its fan-out, config-server's searchLocations finds the repository.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+):[\d,]+ because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'config-server -> registry',
    'gateway -> config-server', 'gateway -> registry', 'gateway -> orders',
    'orders -> config-server', 'orders -> registry', 'orders -> rabbitmq', 'orders -> orders-db',
    'orders -> auth-service', 'orders -> catalog', 'orders -> payments',
    'catalog -> config-server', 'catalog -> registry', 'catalog -> kafka',
    'payments -> config-server',
    'mailer -> config-server', 'mailer -> rabbitmq', 'mailer -> catalog', 'mailer -> payments'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'orders -> auth-service:5000 because config-server/src/main/resources/shared/application.yml:16 security.oauth2.resource.user-info-uri names auth-service',
    'orders -> payments:8080 because config-server/src/main/resources/shared/application.yml:22 app.payments.base-url names payments',
    'config-server/src/main/resources/shared/application.yml:10 spring.kafka.bootstrap-servers names kafka',
    'payments -/-> registry (eureka.client.service-url.default-zone): not a connection: no library on the classpath of payments reads eureka.client.*',
    'payments -/-> catalog (catalog.service.url): not a connection: nothing reads catalog.service.url: no Java source of payments reads it',
    'catalog -/-> orders-db (spring.datasource.url): not a connection: no library on the classpath of catalog reads spring.datasource.*')
ItFiles.logLacks(basedir, 'payments -> registry', 'catalog -> rabbitmq', 'gateway -> catalog', 'no service provides')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
