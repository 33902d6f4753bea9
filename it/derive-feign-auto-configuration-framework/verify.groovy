// A library's Spring Boot auto-configuration that enables its own Feign client applies only in a Spring Boot
// application: recommend calls books through it; storefront (Quarkus) and stock (Micronaut) run with the same jar and
// call nobody. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'recommend -> books:8081')

ItFiles.logContains(basedir,
    'recommend -> books:8081 because book-client/src/main/java/shop/books/client/BookClient.java:6 @FeignClient(books)'
        + ' (@EnableFeignClients at book-client/src/main/java/shop/books/client/BookClientAutoConfiguration.java:7, on'
        + ' auto-configuration shop.books.client.BookClientAutoConfiguration that the library registers at'
        + ' book-client/src/main/resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports:2)'
        + ' names books',
    'ai-security: 4 services, 1 connection;')
ItFiles.logLacks(basedir, 'storefront -> ', 'stock -> ')
return true
