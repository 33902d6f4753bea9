// Spring for Apache Kafka connects only when the code uses it: every service runs with the common library, which brings
// spring-kafka and holds an abstract listener configuration, and every configuration sets the brokers. search extends
// the abstract base, webhook listens, notifier's functional bean binds Spring Cloud Stream's Kafka binder: Kafka
// clients. orders' sources never use Kafka: no edge, with the reason in explain. cart has no Java sources: nothing tells,
// so it keeps the connection.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['search -> kafka:9092', 'webhook -> kafka:9092', 'notifier -> kafka:9092', 'cart -> kafka:9092'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'search -> kafka:9092 because search/pom.xml:14 declares org.example.shop:common, which brings (via library common)'
        + ' org.springframework.kafka:spring-kafka (catalog: kafka, provided by kafka);'
        + ' search/src/main/resources/application.properties:2 spring.kafka.bootstrap-servers names kafka',
    'notifier -> kafka:9092 because notifier/pom.xml:14 declares org.springframework.cloud:spring-cloud-stream-binder-kafka'
        + ' (catalog: kafka, provided by kafka); notifier/src/main/resources/application.properties:2'
        + ' spring.cloud.stream.kafka.binder.brokers names kafka',
    'orders -/-> kafka (org.springframework.kafka:spring-kafka): not a connection: org.springframework.kafka:spring-kafka'
        + ' connects only when the code uses it',
    'orders -/-> kafka (spring.kafka.bootstrap-servers): not a connection: org.springframework.kafka:spring-kafka connects'
        + ' only when the code uses it, and no Java source of orders or of its library modules (common) does (no listener,'
        + ' template, topic bean, binding or client of its own); common/src/main/java/org/example/shop/common/BaseListenerConfig.java:9'
        + ' KafkaTemplate is in BaseListenerConfig, abstract, which no class extends or implements'
        + ' [orders/src/main/resources/application.properties:2]')
ItFiles.logLacks(basedir, 'orders -> kafka', 'no service provides')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
