// A library module's @FeignClient interfaces are clients of a service whose @EnableFeignClients scans them: web scans
// shop.clients.orders, so it calls orders (the url's placeholder resolved from web's configuration) and not billing,
// whose interface lies in a package web does not scan; jobs enables no Feign client, so the key it sets is read by
// nothing and it calls nobody. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'web -> orders:8081')

ItFiles.logContains(basedir,
    'web -> orders:8081 because clients/src/main/java/shop/clients/orders/OrdersClient.java:6 @FeignClient(url) names'
        + ' orders; web/src/main/resources/application.yml:3 clients.orders.url names orders',
    'jobs -/-> orders (clients.orders.url): not a connection: nothing reads clients.orders.url: its only reader, the'
        + " library's @FeignClient at clients/src/main/java/shop/clients/orders/OrdersClient.java:6, is scanned by no"
        + ' @EnableFeignClients of jobs, so Spring Cloud OpenFeign makes no client of it and no key that counts refers'
        + ' to it [jobs/src/main/resources/application.yml:3]',
    'ai-security: 4 services, 1 connection')
ItFiles.logLacks(basedir, '-> billing', 'jobs -> ')
return true
