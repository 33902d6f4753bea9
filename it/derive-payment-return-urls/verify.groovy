// payment calls catalog only: shop.public.url, which its library module paypal injects only into returnUrl and
// cancelUrl, and shop.stripe.success-url, named as a success URL, are URLs the payment provider sends the browser to:
// no edges to storefront, and explain says why. Descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['payment -> catalog:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'payment -/-> storefront (shop.public.url): not a connection: payment\'s sources read shop.public.url only into returnUrl (paypal/src/main/java/org/example/paypal/PaypalService.java:6), whose name says it is a URL the user\'s browser is sent to (a payment provider\'s return or cancel URL, an authorization server\'s redirect URI); payment opens no connection to it [payment/src/main/resources/application.properties:1]',
    'payment -/-> storefront (shop.stripe.success-url): not a connection: the name of shop.stripe.success-url says it is a URL the user\'s browser is sent to',
    'ai-security: 3 services, 1 connection;')
ItFiles.logLacks(basedir, 'payment -> storefront')

def storefront = new File(basedir, 'target/ai-security/manifests/services/storefront/network-policy.yaml').text
assert !storefront.contains('app.kubernetes.io/name: payment') : storefront
def catalog = new File(basedir, 'target/ai-security/manifests/services/catalog/network-policy.yaml').text
assert catalog.contains('app.kubernetes.io/name: payment') : catalog
return true
