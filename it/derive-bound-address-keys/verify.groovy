// A key Spring Boot does not bind under a client's namespace locates nothing: products' spring.data.mongodb.url is no
// property of MongoProperties, so its MongoDB client connects to the default localhost:27017 (a warning, no edge),
// while reviews' spring.data.mongodb.uri names mongo. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'reviews -> mongo:27017')

ItFiles.logContains(basedir,
    'reviews -> mongo:27017 because reviews/pom.xml:14 declares org.springframework.boot:spring-boot-starter-data-mongodb'
        + ' (catalog: mongodb, provided by mongo); reviews/src/main/resources/application.yml:4 spring.data.mongodb.uri'
        + ' names mongo',
    'products -/-> mongo (spring.data.mongodb.url): not a connection: spring.data.mongodb.url is no property Spring'
        + ' Boot binds under spring.data.mongodb.*, which it reads the server from only as uri, host, port,'
        + ' additional-hosts [products/src/main/resources/application.yml:4]',
    "products/pom.xml:14: service 'products': org.springframework.boot:spring-boot-starter-data-mongodb, a client of"
        + " 'mongodb', connects to Spring Boot's default localhost:27017",
    'ai-security: 3 services, 1 connection')
return true
