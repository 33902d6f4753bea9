// Quarkus' GELF handler switched on without a host sends to localhost:12201 over UDP: from pedido, run on the host,
// that is the Compose service publishing UDP 12201 (logstash); from billing, run in Compose, its own container (a
// loopback warning, no edge). orders names its host. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
ItFiles.edgesAre(basedir, 'pedido -> logstash:12201', 'orders -> logstash:12201')
ItFiles.logContains(basedir,
    'pedido -> logstash:12201 because pedido/src/main/resources/application.yml:7 quarkus.log.handler.gelf.enabled (quarkus.log.handler.gelf.host not set: its default localhost, port 12201) (localhost:12201: compose.yml:9 publishes Compose service logstash\'s port 12201 as the host\'s 12201, and pedido runs on the host: no Compose service or workload of the repository runs it) names logstash',
    'orders -> logstash:12201 because orders/src/main/resources/application.properties:2 quarkus.log.handler.gelf.host names logstash',
    "billing/src/main/resources/application.properties:1 quarkus.log.handler.gelf.enabled (quarkus.log.handler.gelf.host not set: its default localhost, port 12201) names host 'localhost'")
ItFiles.logLacks(basedir, 'billing -> logstash', 'pedido -> logstash:5044')
def policy = new File(basedir, 'target/ai-security/manifests/services/logstash/network-policy.yaml').text
assert policy.contains('protocol: UDP') : policy
return true
