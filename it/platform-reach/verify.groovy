// Infrastructure from the platform file, peers in other namespaces (declared and derived), the API
// server, replica traffic, one published port and the metrics port: generated, and proved by
// validate-security; a hand-written policy wider than the graph is a warning that names it.
import io.aiplatform.security.it.GeneratedLayer
import io.aiplatform.security.it.ItFiles
import io.fabric8.kubernetes.api.model.ServiceAccount
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy

ItFiles.logContains(basedir, 'ai-security: 3 services, 2 connections',
    'info: orders may reach every pod of namespace compliance on port 8443',
    "depends on io.example.reach:order, which has the groupId of this platform's modules but is no module of the reactor (did you mean 'orders'?)")
def infoLines = new File(basedir, 'build.log').readLines().findAll { it.contains('info: orders may reach every pod') }
assert infoLines && infoLines.every { it.startsWith('[INFO] ') } : "information is logged at INFO, not as a warning: $infoLines"
def layer = new GeneratedLayer(basedir.toPath().resolve('target/ai-security/manifests'))
def policies = layer.all('NetworkPolicy', NetworkPolicy).collectEntries { [it.metadata.name, it] }
def peer = { p -> [p.namespaceSelector?.matchLabels, p.podSelector?.matchLabels, p.ipBlock?.cidr] }
def ports = { r -> r.ports.collect { it.port.intVal } }

// orders: its own callees by POM and configuration, and pods of other namespaces
def orders = policies['orders-network-policy']
assert orders.spec.egress.collect { [peer(it.to[0]), ports(it)] } == [
    [[null, ['app.kubernetes.io/name': 'mongodb'], null], [27017]],
    [[null, ['app.kubernetes.io/name': 'rabbitmq'], null], [5672]],
    [[['kubernetes.io/metadata.name': 'compliance'], null, null], [8443]],
    [[['kubernetes.io/metadata.name': 'kafka'], ['strimzi.io/cluster': 'my-cluster', 'strimzi.io/kind': 'Kafka'], null], [9092]]]
assert orders.spec.ingress.collect { [peer(it.from[0]), ports(it)] } == [
    [[['kubernetes.io/metadata.name': 'monitoring'], ['app.kubernetes.io/name': 'prometheus'], null], [9464]]]
def api = policies['orders-api-server']
assert api.spec.egress.collect { [peer(it.to[0]), ports(it)] } == [[[null, null, '172.18.0.2/32'], [443, 6443]]]

// rabbitmq from platform.yaml: the management UI published, AMQP only to orders, clustering between its nodes
def rabbit = policies['rabbitmq-network-policy']
assert rabbit.spec.ingress.collect { [peer(it.from[0]), ports(it)] } == [
    [[null, ['app.kubernetes.io/name': 'orders'], null], [5672]],
    [[['kubernetes.io/metadata.name': 'ingress-nginx'], null, null], [15672]],
    [[null, ['app.kubernetes.io/name': 'rabbitmq'], null], [25672]]]
assert rabbit.spec.egress.collect { [peer(it.to[0]), ports(it)] } == [[[null, ['app.kubernetes.io/name': 'rabbitmq'], null], [25672]]]
def accounts = layer.all('ServiceAccount', ServiceAccount).collectEntries { [it.metadata.name, it.automountServiceAccountToken] }
assert accounts == ['mongodb-sa': false, 'orders-sa': true, 'rabbitmq-sa': false]
assert !new File(basedir, 'mongodb').exists() && !new File(basedir, 'rabbitmq').exists()

// validate-security proves all of it: only the missing key, and the two things the derivation said above, which
// are findings of its derivation stage (issue 31)
assert ItFiles.findings(basedir) == ['DERIVE-FOREIGN-MODULE warning service orders',
    'DERIVE-NAMESPACE-WIDE info service orders', 'ENC-KEY-PLACEHOLDER warning EncryptionConfiguration']
def connlist = new File(basedir, 'target/ai-security/reports/connlist.txt').text
assert connlist.contains('shop/orders[Deployment] => kafka/my-cluster-kafka-bootstrap[OtherNamespace] : TCP 9092')
assert connlist.contains('monitoring/pods[OtherNamespace] => shop/orders[Deployment] : TCP 9464')

// the verification kit: its dry run prints the kubectl commands, among them the probe of orders -> kafka's pods
def kit = new File(basedir, 'target/ai-security/verify/verify.sh')
def dry = ['/bin/sh', kit.path, '--dry-run'].execute()
def printed = dry.text
assert dry.waitFor() == 0 : printed
assert printed.contains("kubectl 'auth' 'can-i' 'list' 'endpoints' '--as=system:serviceaccount:shop:orders-sa' '-n' 'shop'")
assert new File(basedir, 'target/ai-security/verify/checks.tsv').text.contains('conn: orders -> mongodb:27017 is allowed (declared)')

// 2. mongodb opened to every pod of the namespace: a warning naming the policy and the extra peer
def wide = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
    new File(basedir, 'target/wide/reports/validation.json'), Map)
def oneSided = wide.findings.findAll { it.rule == 'NETPOL-ONE-SIDED-WIDENING' }
assert oneSided.collect { it.object } == ['NetworkPolicy/shop/mongodb-open']
assert oneSided[0].severity == 'warning'
assert oneSided[0].message.startsWith('NetworkPolicy shop/mongodb-open admits to mongodb rabbitmq (TCP 27017)')
return true
