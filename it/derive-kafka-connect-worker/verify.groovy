// The Kafka Connect worker's own brokers come from the worker configuration its workload mounts (a ConfigMap key
// connect-distributed.properties), its MongoDB sink's server from connection.uri; the URI's password is never printed.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'connect -> kafka:9092', 'connect -> mongodb:27017', 'producer -> kafka:9092')
ItFiles.logContains(basedir,
    'connect -> kafka:9092 because k8s/connect.yaml:30 bootstrap.servers names kafka',
    'connectors/mongodb-sink.json:6 config.connection.uri names mongodb')
ItFiles.logLacks(basedir, 'Planted-Mongo-Secret-3', 'mongo1')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert !md.contains('Planted-Mongo-Secret-3')
return true
