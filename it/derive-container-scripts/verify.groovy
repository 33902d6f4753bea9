// The Job and the CronJob run the scripts their mounted ConfigMaps hold: their curl URLs naming the platform's
// connect are their calls, each with its script line; the comment's kafka URL, the outside hook and the URL whose host
// is a variable are none.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['connectors-creator -> connect:8083', 'health-check -> connect:8083', 'producer -> kafka:9092'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'connectors-creator -> connect:8083 because k8s/jobs.yaml:48 names connect; k8s/jobs.yaml:49 names connect',
    'health-check -> connect:8083 because k8s/jobs.yaml:58 names connect')
ItFiles.logLacks(basedir, 'hooks.example.org', 'connectors-creator -> kafka')
return true
