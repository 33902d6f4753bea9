// Kafka Connect connector configurations as sources of edges, on a Compose platform whose descriptors hold no calls:
// the Debezium service (it runs quay.io/debezium/connect) opens the connections its connectors name, with the
// PostgreSQL connector's default port where database.port is absent; order_db is the Compose name of order-db.
// The connectors' database.password is never printed. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['debezium -> order-db:5432', 'debezium -> customer-db:5432', 'debezium -> kafka:9092'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'debezium -> order-db:5432 because connectors/outbox-orders.json:6 config.database.hostname names order_db (Compose service order_db of compose.yml runs order-db)',
    'debezium -> customer-db:5432 because connectors/customers.json:3 database.hostname names customer-db')
ItFiles.logLacks(basedir, 'Planted-Connector-Secret-7', 'is run by no service', 'names host')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
assert !md.contains('Planted-Connector-Secret-7')
return true
