// A library's own @EnableFeignClients on an auto-configuration it registers makes its @FeignClient interfaces clients
// of the services running with it: recommend (Boot 3.2) calls books, registered in book-client's imports file, and not
// ratings (registered only in rating-client's spring.factories, which Boot 3 no longer reads) nor reviews (enabled by a
// class nothing registers); legacy (Boot 2.7) calls ratings through spring.factories; shelf excludes the
// auto-configuration and calls nobody. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'recommend -> books:8081', 'legacy -> ratings:8082')

ItFiles.logContains(basedir,
    'recommend -> books:8081 because book-client/src/main/java/shop/books/client/BookClient.java:6 @FeignClient(books)'
        + ' (@EnableFeignClients at book-client/src/main/java/shop/books/client/BookClientAutoConfiguration.java:7, on'
        + ' auto-configuration shop.books.client.BookClientAutoConfiguration that the library registers at'
        + ' book-client/src/main/resources/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports:2)'
        + ' names books',
    'legacy -> ratings:8082 because rating-client/src/main/java/shop/ratings/client/RatingClient.java:6'
        + ' @FeignClient(ratings) (@EnableFeignClients at'
        + ' rating-client/src/main/java/shop/ratings/RatingClientAutoConfiguration.java:7, on auto-configuration'
        + ' shop.ratings.RatingClientAutoConfiguration that the library registers at'
        + ' rating-client/src/main/resources/META-INF/spring.factories:2) names ratings',
    'ai-security: 6 services, 2 connections')
ItFiles.logLacks(basedir, '-> reviews', 'shelf -> ', 'recommend -> ratings')
return true
