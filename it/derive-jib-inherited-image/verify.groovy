// Compose services running the images Jib builds from inherited settings run their modules: shop-orders runs
// shop/orders (the property image of orders-parent, which Jib takes first; Jib declared in orders' profile), invoicing
// runs acme/billing (the root's managed <to><image>${docker.prefix}/${project.artifactId}</image>); their environments'
// datasources are the modules'. reports uses no Jib: reporting runs none of the services and reports keeps its own
// datasource. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> orders-db:5432', 'billing -> billing-db:5432', 'reports -> orders-db:5432')

ItFiles.logContains(basedir,
    'orders -> orders-db:5432 because docker-compose.yml:5 spring.datasource.url (Compose service shop-orders runs the'
        + ' module: its image shop/orders:latest is the image shop/orders:1.0.0-SNAPSHOT that orders-parent/pom.xml:17'
        + " (the property image, jib-maven-plugin's target image) builds) names orders-db",
    'billing -> billing-db:5432 because docker-compose.yml:9 spring.datasource.url (Compose service invoicing runs the'
        + ' module: its image acme/billing:latest is the image acme/billing that pom.xml:47 (jib-maven-plugin'
        + ' <to><image>, as the module inherits it) builds) names billing-db',
    'reports -> orders-db:5432 because reports/src/main/resources/application.yml:3 spring.datasource.url names orders-db',
    'docker-compose.yml:11: Compose service reporting (image acme/reports:latest) runs none of the services',
    'ai-security: 5 services, 3 connections')
ItFiles.logLacks(basedir, 'reports -> billing-db')
return true
