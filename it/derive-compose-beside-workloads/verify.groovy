// A Compose file that builds the modules beside Kubernetes manifests whose workloads run the services under other
// names (a Service named after the service selecting the pods, the pods' app label): each way's environment is the
// service's, so orders takes its datasource from the manifests' ConfigMap where Compose gives none, and billing connects
// where each way says. A workload that runs none of the services gives nobody its environment.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432', 'billing -> billing-db:5432', 'billing -> orders-db:5432',
    'reports -> billing-db:5432')

ItFiles.logContains(basedir,
    'ai-security: orders -> orders-db:5432 because k8s/configmap.yaml:6 ConfigMap backend-config key ORDERS_DB_URL as SPRING_DATASOURCE_URL (Deployment orders-deployment runs orders: Service orders selects its pods) names orders-db',
    'ai-security: billing -> billing-db:5432 because docker-compose.yml:9 spring.datasource.url names billing-db',
    'ai-security: billing -> orders-db:5432 because k8s/configmap.yaml:7 ConfigMap backend-config key SHARED_DB_URL as SPRING_DATASOURCE_URL (Deployment billing-app runs billing: its pods\' label app is billing) names orders-db',
    'ai-security: k8s/reporting.yaml:4: Deployment reporting-job runs none of the services, so the connections its environment sets (to orders-db) are not derived',
    'ai-security: 5 services, 4 connections')
ItFiles.logLacks(basedir, 'nothing decides which one it uses', 'orders-deployment runs none', 'billing-app runs none')
return true
