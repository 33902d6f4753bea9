// A kustomize overlay's generator with behavior replace or merge gives the base's workloads its Secret: the base's
// CHANGE_ME placeholders are not what runs. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'relay -> pg2:5432', 'orders -> pg1:5432', 'orders -> relay:8080')

ItFiles.logContains(basedir,
    'relay -> pg2:5432 because k8s/dev/kustomization.yaml:7 Secret relay-db key SPRING_DATASOURCE_URL names pg2',
    'orders -> pg1:5432 because k8s/dev/kustomization.yaml:11 Secret orders-env key SPRING_DATASOURCE_URL names pg1',
    'orders -> relay:8080 because k8s/base/secrets.yaml:14 Secret orders-env key RELAY_URL names relay',
    'ai-security: 4 services, 3 connections;')
ItFiles.logLacks(basedir, 'CHANGE_ME', 'all provide')
return true
