// Both sides of every edge, from intents two service repositories derived and deployed themselves. Its own
// coordinates (com.example.e2e.*): the invoker builds share one local repository, and it/intents-assembly publishes
// com.example.shop:orders:2.4.0 with other content.
def out = new File(basedir, 'target/ai-security')
def policy = { String s -> new File(out, "manifests/services/$s/network-policy.yaml").text }
def log = new File(basedir, 'build.log').text

// what orders published: payments, named by host on 8443, with the file and line that says so
def published = new File(basedir, 'target/intents-repo/com/example/e2e/shop/orders/2.4.0/orders-2.4.0-ai-security-intents.yaml').text
assert published.contains('- service: payments') && published.contains('payments.url names payments') : published
assert new File(basedir, 'target/intents-repo/com/example/e2e/pay/payments/1.3.0/payments-1.3.0-ai-security-intents.yaml').text
        .contains('- product: postgresql')

// the platform's explain names the artifact and the evidence of each edge
assert log =~ /orders -> payments:8443 because com\.example\.e2e\.shop:orders:2\.4\.0 .*application\.yml:3 payments\.url/ : log
assert log =~ /payments -> postgres:5432 because com\.example\.e2e\.pay:payments:1\.3\.0 / : log

// the caller's egress and the callee's ingress, on the port the call names
def orders = policy('orders')
assert orders.contains('app.kubernetes.io/name: payments') && orders.contains('port: 8443') : orders
def payments = policy('payments')
assert payments.contains('app.kubernetes.io/name: orders') : payments
assert payments.contains('app.kubernetes.io/name: postgres') && payments.contains('port: 5432') : payments
def postgres = policy('postgres')
assert postgres.contains('app.kubernetes.io/name: payments') && !postgres.contains('app.kubernetes.io/name: orders') : postgres
// payments' Secret grant travelled with its intents
assert new File(out, 'manifests/services/payments/role.yaml').text.contains('payments-db')
assert log.contains('ai-security: 3 services, 2 connections') : log
assert !log.contains('[ERROR]') : log
return true
