// The generated platform: its first `mvn verify` generated and validated the layer with exactly
// gateway -> orders, gateway -> postgres and orders -> redis. Then a new service made by copying
// orders, with one new dependency from gateway, changes the policies accordingly.
import java.nio.file.Files

def project = new File(basedir, 'project/shop-platform')
def connlist = { new File(project, 'target/ai-security/reports/connlist.txt').readLines() }
def ns = 'ai-platform'
assert connlist() == [
    "$ns/gateway[Deployment] => $ns/orders[Deployment] : TCP 8081".toString(),
    "$ns/gateway[Deployment] => $ns/postgres[Deployment] : TCP 5432".toString(),
    "$ns/orders[Deployment] => $ns/redis[Deployment] : TCP 6379".toString()]
assert new File(project, 'target/ai-security/reports/connectivity.md').text
    .contains('The policies allow exactly the 3 declared connection(s)')
def before = new File(project, 'target/ai-security/manifests/services/gateway/network-policy.yaml').text

// copy orders to payments (a new service on port 8082), depend on it from gateway, build again
def payments = new File(project, 'payments')
def orders = new File(project, 'orders').toPath()
Files.walk(orders).filter { !orders.relativize(it).toString().startsWith('target') }.each { src ->
    def dest = payments.toPath().resolve(orders.relativize(src).toString())
    if (Files.isDirectory(src)) { Files.createDirectories(dest) } else { Files.copy(src, dest) }
}
new File(payments, 'pom.xml').text = new File(payments, 'pom.xml').text.replace('<artifactId>orders</artifactId>', '<artifactId>payments</artifactId>')
new File(payments, 'src/main/ai-security/service.yaml').text = 'role: api\nports:\n  - name: http\n    port: 8082\n'
def root = new File(project, 'pom.xml')
root.text = root.text.replace('<module>orders</module>', '<module>orders</module>\n    <module>payments</module>')
def gw = new File(project, 'gateway/pom.xml')
gw.text = gw.text.replace('<dependencies>', '<dependencies>\n    <dependency><groupId>com.example</groupId><artifactId>payments</artifactId><version>1.0.0-SNAPSHOT</version></dependency>')

def main = basedir
while (main != null && !new File(main, 'plugin/target/local-repo').isDirectory()) { main = main.parentFile }
assert main != null : 'the plugin integration-test repository was not found above ' + basedir
def outerRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def settings = File.createTempFile('archetype-settings', '.xml')
settings.text = new File(main, 'it/settings.xml').text.replace('@localRepositoryUrl@', outerRepo.toURI().toString())
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def p = new ProcessBuilder([mvn, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${new File(main, 'plugin/target/local-repo')}",
    'verify']*.toString()).directory(project).redirectErrorStream(true).start()
def out = p.inputStream.text
assert p.waitFor() == 0 : out
def after = new File(project, 'target/ai-security/manifests/services/gateway/network-policy.yaml').text
assert before != after
assert !before.contains('app.kubernetes.io/name: payments') && after.contains('app.kubernetes.io/name: payments')
assert new File(project, 'target/ai-security/manifests/services/payments/network-policy.yaml').text.contains('port: 8082')
// the copy keeps orders' Redis client, so payments calls redis too
assert connlist() == [
    "$ns/gateway[Deployment] => $ns/orders[Deployment] : TCP 8081".toString(),
    "$ns/gateway[Deployment] => $ns/payments[Deployment] : TCP 8082".toString(),
    "$ns/gateway[Deployment] => $ns/postgres[Deployment] : TCP 5432".toString(),
    "$ns/orders[Deployment] => $ns/redis[Deployment] : TCP 6379".toString(),
    "$ns/payments[Deployment] => $ns/redis[Deployment] : TCP 6379".toString()]
return true
