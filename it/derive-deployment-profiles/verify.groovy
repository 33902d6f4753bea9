// The deployment decides what each service connects to: an embedded H2 beside the PostgreSQL driver with no
// datasource URL is no connection (and no "several providers" error although pg-a and pg-b both run); the
// MicroProfile REST clients read <configKey>/mp-rest/url and <interface>/mp-rest/url, the Compose variable
// CUSTOMER_MP_REST_URL over the file's localhost; the Spring Boot 4 services read spring.mongodb.* from the profile
// that customer's Dockerfile ENV and product's Compose environment activate, and the evidence says which file did.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+):[\d,]+ because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> customer', 'orders -> product', 'customer -> mongo-a', 'product -> mongo-b'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'inventory -/-> postgresql (org.postgresql:postgresql): Spring Boot runs an embedded database: com.h2database:h2 is on the runtime classpath and spring.datasource.url is not set [inventory/pom.xml:15]',
    'orders -> customer:8080 because docker-compose.yml:5 CUSTOMER_MP_REST_URL names customer',
    'orders -> product:8080 because orders/src/main/resources/application.properties:3 shop.orders.product-client/mp-rest/url names product',
    'customer -> mongo-a:27017 because customer/src/main/resources/application.yml:7 spring.mongodb.uri (profile docker, active by customer/Dockerfile:2 ENV SPRING_PROFILES_ACTIVE) names mongo-a',
    'product -> mongo-b:27017 because product/src/main/resources/application-compose.yml:2 spring.mongodb.host (profile compose, active by docker-compose.yml:11 SPRING_PROFILES_ACTIVE) names mongo-b',
    "service 'customer': its configuration is read for profile docker, which customer/Dockerfile:2 ENV SPRING_PROFILES_ACTIVE activates",
    "service 'product': its configuration is read for profile compose, which docker-compose.yml:11 SPRING_PROFILES_ACTIVE activates")
ItFiles.logLacks(basedir, 'localhost', 'all provide', 'nothing reads', 'inventory -> ', 'ERROR')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
