// orders reads CART_REDIS_HOST/_PORT (from ConfigMap orders-env through envFrom) and AUDIT_URL itself with
// System.getenv: cart-cache:6380 and audit:8090. SESSIONS_HOST, which the Deployment does not set, names nothing.
// The descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'orders -> cart-cache:6380', 'orders -> audit:8090')
ItFiles.logContains(basedir,
    'orders -> cart-cache:6380 because orders/src/main/java/org/example/orders/CartRedis.java:7 System.getenv(CART_REDIS_HOST) names cart-cache',
    'orders -> audit:8090 because orders/src/main/java/org/example/orders/CartRedis.java:17 System.getenv(AUDIT_URL) names audit')
ItFiles.logLacks(basedir, 'orders -> sessions')
return true
