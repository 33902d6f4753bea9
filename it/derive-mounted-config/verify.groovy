// Every setting in a Spring application.yml held by a ConfigMap and mounted into the container (Jib's
// /app/classes/config; a subPath under /workspace/config): each service takes its own PostgreSQL, which the files
// alone decide (no "several providers" error). Services named otherwise than the services are their host names
// (a Feign url without scheme, KAFKA_ZOOKEEPER_CONNECT from a ConfigMap key). Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432', 'billing -> billing-db:5432', 'orders -> billing:8080',
    'kafka -> zookeeper:2181')

ItFiles.logContains(basedir,
    'orders -> orders-db:5432 because k8s/orders.yaml:31 ConfigMap orders-config key application.yml (mounted at /app/classes/config) spring.datasource.url (Deployment orders-deployment runs orders: its only container is named orders) names orders-db-cluster-ip (k8s/databases.yaml:20 Service orders-db-cluster-ip selects the pods of StatefulSet orders-db-stateful-set, which runs orders-db)',
    'billing -> billing-db:5432 because k8s/billing.yaml:30 ConfigMap billing-config key application.yml (mounted at /workspace/config) spring.datasource.url',
    'orders -> billing:8080 because orders/src/main/java/org/example/orders/BillingClient.java:5 @FeignClient(url) names billing-cluster-ip (k8s/billing.yaml:35 Service billing-cluster-ip selects the pods of Deployment billing-deployment, which runs billing)',
    'kafka -> zookeeper:2181 because k8s/kafka.yaml:25 ConfigMap kafka-config key zookeeper-connect as KAFKA_ZOOKEEPER_CONNECT names zookeeper-cluster-ip',
    'ai-security: 6 services, 4 connections')
ItFiles.logLacks(basedir, 'several', 'names host', 'runs none of the services')
return true
