// The derivation on a Spring Cloud platform whose descriptors hold no calls: every connection comes from
// the configuration (a native config server repository), the gateway routes, a Feign client, the
// client libraries, or the Quarkus and Micronaut clients, each with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+):[\d,]+ because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'config-server -> registry',
    'gateway -> config-server', 'gateway -> registry', 'gateway -> rabbitmq', 'gateway -> zipkin',
    'gateway -> account-service', 'gateway -> statistics-service',
    'account-service -> config-server', 'account-service -> registry', 'account-service -> rabbitmq',
    'account-service -> zipkin', 'account-service -> account-mongodb', 'account-service -> statistics-service',
    'statistics-service -> config-server', 'statistics-service -> registry', 'statistics-service -> rabbitmq',
    'statistics-service -> zipkin', 'statistics-service -> statistics-mongodb',
    'orders -> account-service', 'shipping -> orders'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'account-service -> account-mongodb:27017 because config-server/src/main/resources/shared/account-service.yml:4 spring.data.mongodb.host names account-mongodb',
    'account-service -> statistics-service:7000 because account-service/src/main/java/org/example/bank/account/StatisticsClient.java:5 @FeignClient(statistics-service) names statistics-service',
    'gateway -> account-service:6000 because config-server/src/main/resources/shared/gateway.yml:8 spring.cloud.gateway.routes[0].uri names account-service',
    'gateway -> rabbitmq:5672 because config-server/src/main/resources/shared/application.yml:7 spring.rabbitmq.host names rabbitmq',
    'orders -> account-service:6000 because orders/src/main/resources/application.properties:3 quarkus.rest-client.accounts.url names account-service',
    'shipping -> orders:8090 because shipping/src/main/resources/application.yml:9 micronaut.http.services.orders.url names orders')
ItFiles.logLacks(basedir, 'localhost', 'needs MONGODB_PASSWORD', 'no service provides', 'rabbitmq:5672,15672')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
// every generated YAML file starts with the line naming the project it came from
assert ItFiles.headed(basedir, 'target/ai-security', 'org.example.bank:bank') > 0
return true
