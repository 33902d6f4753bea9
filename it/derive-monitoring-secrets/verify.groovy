// Monitoring configured through Secrets, on a Kubernetes platform whose descriptors hold no calls: the scrape jobs of
// the Secret a Prometheus Operator resource's additionalScrapeConfigs names (run by the operator as prometheus-main),
// and the Grafana data sources of the Secret the grafana Deployment mounts. The planted passwords of both payloads
// (and the payloads' base64) show nowhere: not in the debug log, not in any file written.
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = [
    'prometheus-main -> orders:8081', 'prometheus-main -> billing:8081',
    'grafana -> prometheus-main:9090', 'grafana -> loki:3100'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
def jobs = 'deploy/k8s/prometheus.yaml:17 Secret additional-scrape-jobs key scrape-jobs.yaml (additionalScrapeConfigs of Prometheus main)'
ItFiles.logContains(basedir,
    "prometheus-main -> orders:8081 because ${jobs} [0].static_configs[0].targets[0] names orders",
    "prometheus-main -> billing:8081 because ${jobs} [1].kubernetes_sd_configs[0].role (role pod) keeps prometheus.io/scrape, which deploy/k8s/apps.yaml:18 sets: scrapes billing",
    'grafana -> prometheus-main:9090 because deploy/k8s/grafana.yaml:7 Secret grafana-datasources key datasources.yaml datasources[0].url names prometheus-main',
    'grafana -> loki:3100 because deploy/k8s/grafana.yaml:7 Secret grafana-datasources key datasources.yaml datasources[1].url names loki')
ItFiles.logLacks(basedir, 'is run by no service', 'not in the repository')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md

def planted = ['PwScrapeJobs4711', 'PwGrafanaSecure4711', 'LSBqb2JfbmFtZTogb3JkZXJzCiAgbWV0cmljc19wYXRoOiAvYWN0dWF0b3IvcHJvbWV0aGV1cwogIGJhc2ljX2F1dGg6IHt1c2VybmFtZTogc2NyYXBlciwgcGFzc3dvcmQ6IFB3U2NyYXBlSm9iczQ3MTF9CiAgc3RhdGljX2NvbmZpZ3M6CiAgICAtIHRhcmdldHM6IFsnb3JkZXJzOjgwODEnXQotIGpvYl9uYW1lOiBwb2RzCiAga3ViZXJuZXRlc19zZF9jb25maWdzOiBbe3JvbGU6IHBvZH1dCiAgcmVsYWJlbF9jb25maWdzOgogICAgLSBzb3VyY2VfbGFiZWxzOiBbX19tZXRhX2t1YmVybmV0ZXNfcG9kX2Fubm90YXRpb25fcHJvbWV0aGV1c19pb19zY3JhcGVdCiAgICAgIGFjdGlvbjoga2VlcAogICAgICByZWdleDogJ3RydWUnCg==', 'YXBpVmVyc2lvbjogMQpkYXRhc291cmNlczoKICAtIG5hbWU6IFByb21ldGhldXMKICAgIHR5cGU6IHByb21ldGhldXMKICAgIHVybDogaHR0cDovL3Byb21ldGhldXMtbWFpbjo5MDkwCiAgLSBuYW1lOiBMb2tpCiAgICB0eXBlOiBsb2tpCiAgICB1cmw6IGh0dHA6Ly9sb2tpOjMxMDAKICAgIGJhc2ljQXV0aDogdHJ1ZQogICAgYmFzaWNBdXRoVXNlcjogZ3JhZmFuYQogICAgc2VjdXJlSnNvbkRhdGE6CiAgICAgIGJhc2ljQXV0aFBhc3N3b3JkOiBQd0dyYWZhbmFTZWN1cmU0NzExCg==']
assert log.contains('[DEBUG]') : 'the build ran at debug level'
def leaks = []
planted.each { secret -> log.eachLine { line, n -> if (line.contains(secret)) leaks << "build.log:${n}" } }
Files.walk(basedir.toPath().resolve('target')).filter { Files.isRegularFile(it) }.each { file ->
    def text = new String(Files.readAllBytes(file), 'ISO-8859-1')
    planted.each { secret -> if (text.contains(secret)) leaks << basedir.toPath().relativize(file).toString() }
}
assert leaks.isEmpty() : "planted secrets printed:\n" + leaks.join('\n')
return true
