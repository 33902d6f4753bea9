// A config server backed by Git whose URI names the repository the project is checked out from (the checkout's remote
// origin, git@github.com:example/shop.git, is the same repository as https://github.com/example/shop.git): its
// search paths are read in the checkout, config-repo for every client and config-repo/{application} for each, with
// evidence naming the URI and the folder, and the build says so once instead of "kept outside this repository".
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def edges = (log =~ /ai-security: (\S+) -> (\S+):([\d,]+) because/).collect { "${it[1]} -> ${it[2]}:${it[3]}".toString() } as Set
def expected = ['gateway -> config-server:8888', 'orders -> config-server:8888',
                'gateway -> orders:8081', 'gateway -> stock:8082', 'orders -> orders-db:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

def served = '(served by config-server from https://github.com/example/shop.git, read from this checkout\'s folder'
ItFiles.logContains(basedir,
    'gateway -> orders:8081 because config-repo/gateway.yml:6 spring.cloud.gateway.routes[0].uri ' + served + ' config-repo) names orders',
    'gateway -> stock:8082 because config-repo/gateway.yml:10 spring.cloud.gateway.routes[1].uri ' + served + ' config-repo) names stock',
    'orders -> orders-db:5432 because config-repo/orders/orders.yml:3 spring.datasource.url ' + served + ' config-repo/orders) names orders-db',
    'config-server/src/main/resources/application.yml:10: service \'config-server\': its Git repository'
        + ' (spring.cloud.config.server.git.uri https://github.com/example/shop.git) is the one this project is checked'
        + ' out from (the checkout\'s remote origin): its clients\' files are read from the checkout\'s top folder and'
        + ' search-paths config-repo, config-repo/{application}, for every config client [DERIVE-CONFIG-CHECKOUT]')
ItFiles.logLacks(basedir, 'configuration kept outside this repository', 'DERIVE-CONFIG-OUTSIDE', 'localhost')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
