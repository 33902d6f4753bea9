// The Job and the CronJob run the scripts their mounted ConfigMaps hold: their curl URLs naming the platform's
// connect are their calls, each with its script line; the comment's kafka URL, the outside hook and the URL whose host
// is a variable are none.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'connectors-creator -> connect:8083', 'health-check -> connect:8083', 'producer -> kafka:9092')
ItFiles.logContains(basedir,
    'connectors-creator -> connect:8083 because k8s/jobs.yaml:48 names connect; k8s/jobs.yaml:49 names connect',
    'health-check -> connect:8083 because k8s/jobs.yaml:58 names connect')
ItFiles.logLacks(basedir, 'hooks.example.org', 'connectors-creator -> kafka')
return true
