// A deployment named otherwise than the module runs it when it runs the image the module's build configuration names
// (Jib's <to><image>, Spring Boot's build-image <image><name>, Quarkus' container-image group and name, a skaffold
// artifact built from the module's folder), compared without registry and tag: its environment is the module's, with
// evidence naming the build file and the image. A workload running an image no module builds stays unmatched; a Compose
// service running an image no module builds that depends on a service is one notice, one apart from the platform none.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432', 'billing -> billing-db:5432', 'web -> orders-db:5432',
    'reports -> billing-db:5432')

ItFiles.logContains(basedir,
    'k8s/shop-ordering.yaml:19 spring.datasource.url (Deployment shop-ordering runs orders: its container image ghcr.io/shop/orders-api:2.0 is the image registry.example.com/shop/orders-api:${project.version} that orders/pom.xml:27 (jib-maven-plugin <to><image>) builds) names orders-db',
    'k8s/payments.yaml:19 quarkus.datasource.reactive.url (Deployment payments runs billing: its container image quay.io/shop/billing-svc:2.0 is the image shop/billing-svc that billing/src/main/resources/application.properties:3 (quarkus.container-image.group and quarkus.container-image.name) builds) names billing-db',
    'k8s/storefront.yaml:19 spring.datasource.url (Deployment storefront runs web: its container image shop/storefront is the image shop/storefront that skaffold.yaml:5 (skaffold build.artifacts[0].image with context web) builds) names orders-db',
    'compose.yml:5 spring.datasource.url (Compose service reporting runs the module: its image shop/reporting:latest is the image docker.io/shop/reporting:${project.version} that reports/pom.xml:27 (spring-boot-maven-plugin build-image <image><name>) builds) names billing-db',
    'ai-security: k8s/ledger.yaml:4: Deployment ledger runs none of the services, so the connections its environment sets (to billing-db) are not derived',
    "ai-security: compose.yml:7: Compose service edge (image shop/edge-proxy:1) runs none of the services, so the connections it opens (it depends on or names reports) are not derived; if it runs a module, name the Compose service after the service, build it from the module's folder (build:), or name its image in the module's build configuration (jib-maven-plugin <to><image>, spring-boot-maven-plugin <image><name>, quarkus.container-image.*); if it is infrastructure, add it to platform.yaml under the name edge [DERIVE-UNMATCHED-COMPOSE-SERVICE]",
    'ai-security: 6 services, 4 connections')
ItFiles.logLacks(basedir, 'Compose service mailhog', 'Compose service reporting (image', 'shop-ordering runs none', 'payments runs none', 'storefront runs none', "names host 'localhost'")
return true
