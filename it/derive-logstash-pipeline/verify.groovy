// A Logstash container's mounted pipeline folder gives its connections: the elasticsearch output's hosts (9200 for a
// host without port) and the kafka output's bootstrap_servers, inside a conditional; the gelf input listens and the
// http output names the outside world. fluentd mounts the same folder and reads no Logstash pipeline.
// The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['orders -> logstash:12201', 'logstash -> elasticsearch:9200', 'logstash -> kafka:29092'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'logstash -> elasticsearch:9200 because docker/pipelines/logstash.conf:16 output elasticsearch hosts => elasticsearch names elasticsearch',
    'logstash -> kafka:29092 because docker/pipelines/logstash.conf:10 output kafka bootstrap_servers => kafka:29092 names kafka')
ItFiles.logLacks(basedir, 'fluentd ->', 'logs.example.com')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
