// Services whose own Kubernetes workloads label their pods otherwise than the generated NetworkPolicies select them:
// one DERIVE-POD-LABELS warning per service (organization: its Deployment bears its name; department: a Service of its
// name selects the pods of two Deployments), naming the workload's file and line, the labels on both sides and the two
// ways out. employee's descriptor sets the labels its pods carry, gateway runs in Compose only: no warning. The warning
// changes nothing else: the connections are those the configuration and the workloads' environment give, and the
// policies still select the service's labels.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+):([\d,]+) because/).collect { "${it[1]} -> ${it[2]}:${it[3]}".toString() } as Set
def expected = ['department -> organization:8080', 'employee -> organization:8080', 'employee -> department:8080',
                'gateway -> employee:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'employee -> department:8080 because employee/k8s/deployment.yaml:16 clients.department.url names department',
    'gateway -> employee:8080 because compose.yml:5 clients.employee.url names employee',
    ORGANIZATION,
    DEPARTMENT,
    'ai-security: 4 services, 4 connections')
assert log.count('[DERIVE-POD-LABELS]') == 2 : 'one warning per service whose pods lack its labels'
ItFiles.logLacks(basedir, "service 'employee': Deployment employee", "service 'gateway'")
return true
