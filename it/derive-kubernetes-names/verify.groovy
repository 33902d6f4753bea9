// Kubernetes host names and registry ids on a platform whose services are named after their workloads: every
// connection is derived with descriptors that hold no calls, and none to the database a Keycloak 24 container is
// given through the WildFly image's DB_ADDR, which it does not read.
// reports-app pushes its logs to Loki through a loki4j appender whose URL logback-spring.xml reads from loki.url.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+):([\d,]+) because/).collect { "${it[1]} -> ${it[2]}:${it[3]}".toString() } as Set
def expected = [
    'cloud-gateway-app -> eureka:8761', 'cloud-gateway-app -> order-service-app:8082', 'cloud-gateway-app -> reports-app:8085',
    'order-service-app -> eureka:8761', 'order-service-app -> mysql:3306', 'order-service-app -> payment-service-app:8081',
    'payment-service-app -> eureka:8761', 'payment-service-app -> mysql:3306', 'reports-app -> loki:3100'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'cloud-gateway-app -> order-service-app:8082 because gateway/src/main/resources/application.yaml:10 spring.cloud.gateway.routes[0].uri names ORDER-SERVICE (orders/src/main/resources/application.yaml:5 spring.application.name ORDER-SERVICE is the application name of order-service-app)',
    'cloud-gateway-app -> reports-app:8085 because gateway/src/main/resources/application.yaml:13 spring.cloud.gateway.routes[1].uri names reports-svc (deploy/k8s/reports.yaml:26 Service reports-svc selects the pods of Deployment reports-app, which runs reports-app)',
    'order-service-app -> payment-service-app:8081 because orders/src/main/java/org/example/shop/orders/PaymentClient.java:6 @FeignClient(name) names PAYMENT-SERVICE',
    'deploy/k8s/config.yaml:6 ConfigMap eureka-cm key eureka_service_address as EUREKA_SERVER_ADDRESS names eureka-0.eureka',
    'order-service-app -> mysql:3306 because orders/pom.xml:18 declares com.mysql:mysql-connector-j (catalog: mysql, provided by mysql); orders/src/main/resources/application.yaml:7 spring.datasource.url names mysql-0.mysql')
// logback-spring.xml reads loki.url through <springProperty source>: the key counts, no "nothing reads" note
ItFiles.logLacks(basedir, 'which is no service of the platform', 'keycloak -> mysql', 'nothing reads loki.url')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
