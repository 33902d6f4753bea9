// Compose's .env and env_file as the services' settings, on a platform whose descriptors hold no calls: items without
// value take the .env values (cart's catalog URL, the OpenTelemetry agent and its endpoint), ${CATALOG_HOST} is
// interpolated from it, payments' env_file gives it the stock URL and loses its catalog URL to environment; both read
// shop.services.* through the library module common's @ConfigurationProperties record. cart's configuration sets
// shop.services.stock too, which the record binds but no source of cart reads (it never calls stock()): no edge, a
// line in explain. The .env's password is never printed. The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['cart -> catalog:80', 'cart -> collector:4317', 'payments -> catalog:80', 'payments -> stock:80'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'cart -> catalog:80 because .env:3 SHOP_SERVICES_CATALOG (passed to Compose service cart by docker-compose.yml:5) names catalog',
    'cart -> collector:4317 because .env:5 OTEL_EXPORTER_OTLP_ENDPOINT (OpenTelemetry Java agent, loaded by .env:4 JAVA_TOOL_OPTIONS) names collector',
    'payments -> catalog:80 because docker-compose.yml:14 shop.services.catalog names catalog',
    'payments -> stock:80 because config/payments.env:1 SHOP_SERVICES_STOCK (env_file of Compose service payments) names stock',
    'cart -/-> stock (shop.services.stock): not a connection: nothing reads shop.services.stock: ServiceUrls binds'
        + ' shop.services.stock, but no Java source of cart calls stock() and no key that counts refers to it')
ItFiles.logLacks(basedir, 'Planted-EnvFile-Secret-9', 'nowhere', 'names host', 'DERIVE-UNRESOLVED')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
assert !md.contains('Planted-EnvFile-Secret-9')
return true
