// A MicroProfile REST client with a configKey also reads the properties of its interface's fully qualified name
// (the specification's "Configuration Keys": the fully-qualified classname's property takes precedence):
// shop.order.CustomerClient/mp-rest/url is order's call to customer, not a key nothing reads; product/mp-rest/url,
// the configKey's, is its call to product. The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'order -> customer:8081', 'order -> product:8082')
ItFiles.logContains(basedir,
    'order -> customer:8081 because order/src/main/resources/application.properties:2 shop.order.customer-client/mp-rest/url names customer',
    'order -> product:8082 because order/src/main/resources/application.properties:3 product/mp-rest/url names product')
ItFiles.logLacks(basedir, 'nothing reads shop.order')
return true
