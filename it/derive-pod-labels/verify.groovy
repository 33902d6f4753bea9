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
    'employee -> department:8080 because employee/k8s/deployment.yaml:17 clients.department.url names department',
    'gateway -> employee:8080 because compose.yml:5 clients.employee.url names employee',
    "[WARNING] organization/k8s/deployment.yaml:4: service 'organization': Deployment organization runs "
        + "service organization, but its pods carry the labels {app: organization} and lack {app.kubernetes.io/name: "
        + "organization} of {app.kubernetes.io/name: organization}, which the generated NetworkPolicies of "
        + "organization select: applied as generated, none of them applies to those pods, and under the default-deny "
        + "policy their traffic is blocked. Add {app.kubernetes.io/name: organization} to the pod template's labels, "
        + "or set labels: {app: organization} in its descriptor (organization/src/main/ai-security/service.yaml) "
        + "[DERIVE-POD-LABELS]",
    "[WARNING] department/k8s/deployment.yaml:4: service 'department': Deployment department-deployment runs "
        + "service department (Deployment department-deployment runs department: Service department selects its "
        + "pods), but its pods carry the labels {app: dept, version: v1} and lack {app.kubernetes.io/name: "
        + "department} of {app.kubernetes.io/name: department}, which the generated NetworkPolicies of department "
        + "select: applied as generated, none of them applies to those pods, and under the default-deny policy their "
        + "traffic is blocked; so are the pods of Deployment department-canary (department/k8s/deployment.yaml:21). "
        + "Add {app.kubernetes.io/name: department} to the pod template's labels, or set labels: {app: dept} in its "
        + "descriptor (department/src/main/ai-security/service.yaml) [DERIVE-POD-LABELS]",
    'ai-security: 4 services, 4 connections')
assert log.count('[DERIVE-POD-LABELS]') == 2 : 'one warning per service whose pods lack its labels'
ItFiles.logLacks(basedir, "service 'employee': Deployment employee", "service 'gateway'")
// the policies select the service's labels as before: the descriptor's for employee, the default for the others
def policies = new File(basedir, 'target/ai-security/manifests/services')
def selects = { String service -> (new File(policies, "${service}/network-policy.yaml").text =~ /(?s)\n  podSelector:\n    matchLabels:\n      (\S+: \S+)\n/)[0][1] }
assert selects('organization') == 'app.kubernetes.io/name: organization'
assert selects('department') == 'app.kubernetes.io/name: department'
assert selects('employee') == 'app: employee'
return true
