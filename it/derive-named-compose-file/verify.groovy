// A Compose file named docker/infra-compose.yml (run with docker compose -f) is a Compose file: the services started
// on the host reach the ports it publishes, localhost:51010 being orders-db's 5432 and localhost:51020 payments-db's.
// No "several providers" error, no "the pod itself" warning. Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432', 'payments -> payments-db:5432')

ItFiles.logContains(basedir,
    'orders -> orders-db:5432 because orders/src/main/resources/application.yml:5 spring.datasource.url (localhost:51010: docker/infra-compose.yml:6 publishes Compose service orders-db\'s port 5432 as the host\'s 51010, and orders runs on the host: no Compose service or workload of the repository runs it) names orders-db',
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, 'several', 'the pod itself')
return true
