// Discovery and ingress derived without calls: Micronaut's discovery client configured for Consul (not the
// Eureka module), a Consul DNS name, Kafka of the platform file run by a Compose service of another name,
// Spring Boot Admin with Kubernetes discovery and service-labels, Kong serving the Ingress without a class, and
// a KrakenD container whose mounted krakend.json names a backend by its Consul DNS name; the nginx-class Ingress
// admits ingress-nginx's controller pods of namespace ingress-nginx.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'employee -> consul:8500', 'department -> consul:8500', 'department -> employee:8080',
    'kafka -> zookeeper:2181', 'admin -> employee:8080', 'admin -> department:8080',
    'kong -> employee:8080', 'krakend -> department:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    '(catalog: consul; employee/src/main/resources/bootstrap.yml:6 consul.client.default-zone configures it, provided by consul)',
    'department/src/main/resources/application.yml:10 employee.url names employee.service.consul',
    'krakend -> department:8080 because gateway/krakend.json:7 endpoints[0].backend[0].host[0] names department.service.consul',
    'kafka -> zookeeper:2181 because docker-compose.yml:8 KAFKA_ZOOKEEPER_CONNECT names zookeeper',
    'Kubernetes discovery: admin/pom.xml:15 declares org.springframework.cloud:spring-cloud-starter-kubernetes-fabric8-all; it lists the Services labelled spring-boot=true',
    'kong -> employee:8080 because k8s/ingress.yaml:13 Ingress employee (no class named; kong is the platform\'s only Ingress controller: docker-compose.yml runs kong from image kong:3.6, a kong Ingress controller) backend names employee; Service employee (k8s/services.yaml:11) maps port 80 to targetPort 8080')
// the nginx-class Ingress: no service of the platform runs ingress-nginx, so department admits its controller pods
// where its install manifests put them
ItFiles.logContains(basedir,
    'ingress-nginx/{app.kubernetes.io/component=controller, app.kubernetes.io/name=ingress-nginx} -> department:8080 because k8s/ingress.yaml:30 Ingress department (class nginx, whose controller is no service of the platform: installed as its project documents, it runs in namespace ingress-nginx, pods app.kubernetes.io/component=controller,app.kubernetes.io/name=ingress-nginx) backend names department')
def department = new File(basedir, 'target/ai-security/manifests/services/department/network-policy.yaml').text
assert department.contains('''    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ingress-nginx
          podSelector:
            matchLabels:
              app.kubernetes.io/component: controller
              app.kubernetes.io/name: ingress-nginx
      ports:
        - port: 8080
          protocol: TCP''') : department
assert !new File(basedir, 'target/ai-security/manifests/services/employee/network-policy.yaml').text.contains('ingress-nginx')
ItFiles.logLacks(basedir, 'DERIVE-UNSERVED-INGRESS', 'api.github.com', '-> registry', 'kong -> department', 'admin -> kafka', 'only eureka registry')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
