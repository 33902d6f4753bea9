// Secrets planted in every input the derivation reads (a Java literal, an annotation attribute, a @Value
// default, properties, YAML, Compose, Kubernetes env, ConfigMaps and Secrets a workload reads through env
// valueFrom, envFrom with a prefix and a kustomize secretGenerator's env file; the scrape jobs of a Secret a
// Prometheus Operator resource names and Grafana data sources provisioned from a Secret) never reach the log, at
// debug level, with or without explain, with validate-security reading the repository's manifests too,
// nor any file under target/ (reports, SARIF, generated layer); the connections they carry are still
// derived, with evidence that names file, line and key (or the ConfigMap or Secret and its key) and shows
// a URL only as scheme://host:port/path.
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files

def planted = [
    'PwAnnotation4711', 'TokAnnotation4711', 'PwLiteral4711', 'TokLiteral4711', 'TokFragment4711', 'TokLiteralQuery4711',
    'PwValueDefault4711', 'TokValueDefault4711', 'PwProperties4711', 'PwPropertiesKey4711', 'TokProperties4711',
    'PwYaml4711', 'PwYamlAudit4711', 'TokYaml4711', 'PwCompose4711', 'TokCompose4711', 'PwComposeDefault4711',
    'TokComposePlain4711', 'PwKubernetesEnv4711', 'PwKubernetesUrl4711', 'TokKubernetes4711', 'PwConfigMap4711',
    'TokConfigMap4711', 'PwSecret4711', 'PwSecretUrl4711', 'TokSecret4711', 'VG9rU2VjcmV0NDcxMQ==',
    'PwSecretJdbc4711', 'amRiYzpwb3N0Z3Jlc3FsOi8vcmVwb3J0czpQd1NlY3JldEpkYmM0NzExQHBvc3RncmVzOjU0MzIvcmVwb3J0cw==',
    'PwKustomizeEnv4711',
    // monitoring files in Secrets: a Prometheus Operator resource's scrape jobs, Grafana's provisioned data sources
    'PwScrapeSecret4711', 'TokScrapeSecret4711', 'PwGrafanaUrl4711', 'PwGrafanaSecure4711',
    'LSBqb2JfbmFtZTogYmlsbGluZwogIGJhc2ljX2F1dGg6IHt1c2VybmFtZTogc2NyYXBlciwgcGFzc3dvcmQ6IFB3U2NyYXBlU2VjcmV0NDcxMX0KICBhdXRob3JpemF0aW9uOiB7Y3JlZGVudGlhbHM6IFRva1NjcmFwZVNlY3JldDQ3MTF9CiAgc3RhdGljX2NvbmZpZ3M6CiAgICAtIHRhcmdldHM6IFsnYmlsbGluZzo4MDgxJ10K',
    'YXBpVmVyc2lvbjogMQpkYXRhc291cmNlczoKICAtIG5hbWU6IFJlcG9ydHMKICAgIHR5cGU6IHBvc3RncmVzCiAgICB1cmw6IHBvc3RncmVzOi8vZ3JhZmFuYTpQd0dyYWZhbmFVcmw0NzExQHBvc3RncmVzOjU0MzIvcmVwb3J0cwogICAgdXNlcjogZ3JhZmFuYQogICAgc2VjdXJlSnNvbkRhdGE6CiAgICAgIHBhc3N3b3JkOiBQd0dyYWZhbmFTZWN1cmU0NzExCg==',
    'access_token', 'heartbeat=']

def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the builds ran at debug level'
assert log.count('BUILD SUCCESS') == 3 : 'the three invocations ran'
def leaks = []
planted.each { secret ->
    log.eachLine { line, n -> if (line.contains(secret)) leaks << "build.log:${n}: ${secret}" }
}
def target = basedir.toPath().resolve('target')
def written = Files.walk(target).filter { Files.isRegularFile(it) }.toList()
assert written.any { it.toString().endsWith('ai-security/reports/connectivity.md') }
assert written.any { it.toString().endsWith('ai-security-explain/reports/connectivity.md') }
assert written.any { it.toString().endsWith('ai-security-manifests/reports/results.sarif') }
written.each { file ->
    def text = new String(Files.readAllBytes(file), 'ISO-8859-1')
    planted.each { secret -> if (text.contains(secret)) leaks << "${basedir.toPath().relativize(file)}: ${secret}" }
}
assert leaks.isEmpty() : "planted secrets printed:\n" + leaks.join('\n')

// the connections are derived all the same, from the host after the user info
ItFiles.logContains(basedir,
    'orders -> billing:8081 because orders/src/main/java/org/example/shop/orders/BillingCalls.java:10 "http://billing:8081/refunds" names billing',
    'orders/src/main/java/org/example/shop/orders/BillingCalls.java:13 @Value(invoices.url) names billing',
    'orders/src/main/java/org/example/shop/orders/BillingCalls.java:6 "http://billing:8081/api" names billing',
    'orders/src/main/java/org/example/shop/orders/BillingCalls.java:6 @FeignClient(url) names billing',
    'orders/src/main/java/org/example/shop/orders/BillingCalls.java:9 "http://billing:8081/ledger" names billing',
    'orders -> postgres:5432 because orders/src/main/resources/application.properties:3 spring.datasource.url names postgres',
    'orders -> cache:6379 because deploy/k8s/orders.yaml:15 spring.data.redis.url names cache',
    'billing -> rabbit:5672 because docker-compose.yml:5 spring.rabbitmq.addresses names rabbit',
    'reports -> postgres:5432 because deploy/k8s/reports-secret.yaml:7 Secret reports-db key SPRING_DATASOURCE_URL names postgres',
    'reports -> billing:8081 because deploy/k8s/config.yaml:6 ConfigMap orders-config key BILLING_URL as CLIENTS_BILLING_URL names billing',
    'reports -> rabbit:5672 because deploy/k8s/reports.env:2 Secret reports-extra key SPRING_RABBITMQ_ADDRESSES names rabbit',
    'prometheus-main -> billing:8081 because deploy/k8s/monitoring.yaml:13 Secret scrape-jobs key jobs.yaml (additionalScrapeConfigs of Prometheus main) [0].static_configs[0].targets[0] names billing',
    'grafana -> postgres:5432 because deploy/k8s/monitoring.yaml:21 Secret grafana-datasources key datasources.yaml datasources[0].url names postgres',
    'orders/src/main/resources/application.yml:7 app.audit.url needs AUDIT_HOST, which has no default, for the host of its URL')
ItFiles.logLacks(basedir, 'BillingCalls.java:9 "http://billing:8081/ledger" names cache', "names host 'feign'", "names host 'audit'", "-> audit", "names host '-rabbit'")
return true
