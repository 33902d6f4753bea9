// A smallrye-amqp channel without host connects to amqp-host's default localhost:5672: from cadastro, run on the host,
// the Compose service publishing 5672 (artemis); from billing, run in Compose, its own container (a loopback warning,
// no edge). The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'cadastro -> artemis:5672')
ItFiles.logContains(basedir,
    'cadastro -> artemis:5672 because cadastro/src/main/resources/application.properties:3 mp.messaging.outgoing.restaurants.connector (neither mp.messaging.outgoing.restaurants.host nor amqp-host set: its default localhost, port 5672) (localhost:5672: compose.yml:7 publishes Compose service artemis\'s port 5672 as the host\'s 5672, and cadastro runs on the host: no Compose service or workload of the repository runs it) names artemis',
    "billing/src/main/resources/application.properties:2 mp.messaging.incoming.invoices.connector (neither mp.messaging.incoming.invoices.host nor amqp-host set: its default localhost, port 5672) names host 'localhost'")
ItFiles.logLacks(basedir, 'billing -> artemis', 'cadastro -> artemis:8161')
return true
