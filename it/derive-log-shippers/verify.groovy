// Log shippers' push files as sources of edges, on a Compose platform whose descriptors hold no calls: Promtail's
// clients[].url (its file bind-mounted) and Grafana Agent static mode's
// logs.configs[].clients[].url (its file copied by the Dockerfile of its build). What Promtail scrapes (the Docker
// socket, a file target naming orders) is no connection. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['promtail -> loki:3100', 'agent -> loki:3100'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'promtail -> loki:3100 because logging/promtail.yml:7 clients[0].url names loki',
    'agent -> loki:3100 because agent/agent.yaml:9 logs.configs[0].clients[0].url names loki',
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, 'promtail -> orders', 'localhost', 'is run by no service', 'needs ')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
