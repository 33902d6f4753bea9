// Quarkus Messaging's Kafka connector connects for the application's channels and Micronaut Kafka for its listeners and
// clients: quotes (@Incoming), ledger (a channel configured under mp.messaging.outgoing) and alerts (@KafkaListener) are
// Kafka clients; prices and catalog carry the library and configure the brokers but use it nowhere: no edge, with the
// reason in explain.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['quotes -> kafka:9092', 'ledger -> kafka:9092', 'alerts -> kafka:9092'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'prices -/-> kafka (kafka.bootstrap.servers): not a connection: io.quarkus:quarkus-messaging-kafka connects only'
        + ' when the code uses it, and no Java source of prices does (no listener, template, topic bean, binding or'
        + ' client of its own) [prices/src/main/resources/application.properties:2]',
    'catalog -/-> kafka (kafka.bootstrap.servers): not a connection: io.micronaut.kafka:micronaut-kafka connects only'
        + ' when the code uses it, and no Java source of catalog does (no listener, template, topic bean, binding or'
        + ' client of its own) [catalog/src/main/resources/application.yml:6]')
ItFiles.logLacks(basedir, 'prices -> kafka', 'catalog -> kafka', 'no service provides')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
