// Kotlin sources are read for call URLs as Java sources are: a string literal http://<service>… is a call (its value
// ends where a string template begins), a commented-out call and a URL whose host is a template are none. The exact
// graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> stock:8082', 'stock -> pricing:8083')

ItFiles.logContains(basedir,
    'orders -> stock:8082 because orders/src/main/kotlin/shop/orders/StockClient.kt:10 "http://stock:8082/items/" names stock',
    'stock -> pricing:8083 because stock/src/main/kotlin/shop/stock/PricingClient.kt:7 "http://pricing:8083/prices" names pricing',
    'ai-security: 4 services, 2 connections')
ItFiles.logLacks(basedir, '-> billing', 'DERIVE-')
return true
