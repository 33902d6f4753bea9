// A Loki configuration mounted into grafana/loki: its object store and the ruler's Alertmanager are the callees of
// the container that runs it; the same file in busybox is nothing. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'read -> minio:9000', 'write -> minio:9000', 'write -> alertmanager:9093')

ItFiles.logContains(basedir,
    "read -> minio:9000 because loki/loki-config.yaml:9 common.storage.s3.endpoint names minio",
    "write -> alertmanager:9093 because loki/loki-write.yaml:9 ruler.alertmanager_url names alertmanager")
ItFiles.logLacks(basedir, 'shell -> ')
return true
