// Kotlin sources are read for what Java sources tell: an OpenFeign client by name or url is a call (a commented-out one
// is none), and in a module with Java and Kotlin sources an application key counts when the Kotlin code reads it
// (@Value("\${…}")) and is no connection when no source reads it. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> stock:8082', 'orders -> pricing:8083', 'web -> billing:8084')

ItFiles.logContains(basedir,
    'orders -> stock:8082 because orders/src/main/kotlin/shop/orders/Clients.kt:6 @FeignClient(stock) names stock',
    'orders -> pricing:8083 because orders/src/main/kotlin/shop/orders/Clients.kt:12 @FeignClient(url) names pricing',
    'web -> billing:8084 because web/src/main/resources/application.yml:2 shop.billing-url names billing',
    'web -/-> orders (shop.legacy.orders-url): not a connection: nothing reads shop.legacy.orders-url: no Java or'
        + ' Kotlin source of web reads it and no key that counts refers to it [web/src/main/resources/application.yml:4]',
    'ai-security: 5 services, 3 connections')
ItFiles.logLacks(basedir, '-> billing:8084 because orders', 'DERIVE-')
return true
