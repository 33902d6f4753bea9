// The platform assembled the intents of payments (a dependency) and orders (platform.yaml) with its own gateway
// module and platform.yaml's postgres: every edge has both sides, and validate-security passed. Then, in builds of
// their own: an unchanged build is up to date; payments 1.4.0 (a new call to PostgreSQL) reruns both goals and
// changes exactly that edge, which the log and intents-changes.md list; the layer is attached and deployed as a
// deterministic zip; a missing intents artifact, a call to a service nothing provides and a service published
// twice each fail with a clear message and no output.
import io.aiplatform.security.it.ItFiles
import java.util.zip.ZipFile

ItFiles.logContains(basedir,
    'ai-security: gateway -> orders:8080 because gateway/src/main/resources/application.yml:3 routes.orders names orders',
    'ai-security: orders -> payments:8080 because com.example.shop:orders:2.4.0 orders-service/src/main/resources/application.yml:3 payments.url',
    'ai-security: orders -> postgres:5432 because com.example.shop:orders:2.4.0 orders-service/pom.xml:40 org.postgresql:postgresql (catalog: postgresql) (provided by postgres)',
    'ai-security: 4 services, 3 connections;',
    'connectivity: 3 allowed connection(s)')
def manifests = new File(basedir, 'target/ai-security/manifests')
def policy = { File dir, String service -> new File(dir, "services/${service}/network-policy.yaml").text }
// a section of a NetworkPolicy's spec: its egress or ingress rules
def rules = { String text, String kind ->
    def start = text.indexOf("\n  ${kind}:\n")
    start < 0 ? '' : text.substring(start).split(/\n  [a-zA-Z]+:\n/, 3)[1] + '\n' // the split takes the last newline
}
def peer = { String service -> "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: ${service}\n" }
def port = { int p -> "        - port: ${p}\n          protocol: TCP\n" }
def egress = { File dir, String from, String to, int p ->
    rules(policy(dir, from), 'egress').contains("    - ports:\n${port(p)}      to:\n${peer(to)}".toString())
}
def ingress = { File dir, String to, String from, int p ->
    rules(policy(dir, to), 'ingress').contains("    - from:\n${peer(from)}      ports:\n${port(p)}".toString())
}
// both sides of every edge: the caller's egress and the callee's ingress
[['gateway', 'orders', 8080], ['orders', 'payments', 8080], ['orders', 'postgres', 5432]].each { from, to, p ->
    assert egress(manifests, from, to, p) : "${from} -> ${to}:${p} egress\n" + policy(manifests, from)
    assert ingress(manifests, to, from, p) : "${from} -> ${to}:${p} ingress\n" + policy(manifests, to)
}
assert !policy(manifests, 'payments').contains('postgres') : 'payments 1.3.0 does not use PostgreSQL'
// the published service keeps its descriptor: orders reads its Secret orders-db
assert new File(manifests, 'services/orders/role.yaml').text.contains('- orders-db')

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def settings = new File(basedir, 'target/settings.xml')
def run = { List<String> args ->
    def cmd = ([mvn, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${localRepositoryPath}",
                'ai-security:generate-security', 'ai-security:validate-security', '-Dai-security.explain'] + args)*.toString()
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    [p.waitFor(), out]
}

// unchanged: both goals are up to date
def (code, out) = run([])
assert code == 0 && out.contains('ai-security: inputs unchanged since the last run') : out
assert out.contains('ai-security: inputs unchanged since the last successful validation') : out

// payments 1.4.0 adds a call to PostgreSQL: both goals rerun, and exactly that edge changes (both of its sides)
def before = new File(basedir, 'target/manifests-1.3.0')
ItFiles.copyTree(manifests.toPath(), before.toPath())
def deployed = new File(basedir, 'target/platform-repo')
(code, out) = run(['-Dpayments.version=1.4.0', 'org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy',
                   "-DaltDeploymentRepository=platform::${deployed.toURI()}"])
assert code == 0 : out
assert !out.contains('inputs unchanged') : 'a new intents version reruns both goals\n' + out
assert out.contains('ai-security: payments -> postgres:5432 because com.example.pay:payments:1.4.0 payments-service/pom.xml:31 org.postgresql:postgresql (catalog: postgresql) (provided by postgres)') : out
assert out.contains('ai-security: 4 services, 4 connections;') && out.contains('connectivity: 4 allowed connection(s)') : out
// what the new version changes, logged and listed (point 4): only that connection
assert out.contains('ai-security: com.example.pay:payments 1.3.0 -> 1.4.0: adds connection payments -> postgres:5432; removes nothing') : out
assert new File(basedir, 'target/ai-security/intents-changes.md').text.contains('## com.example.pay:payments 1.3.0 -> 1.4.0\n\nAdds:\n\n- connection payments -> postgres:5432\n\nRemoves:\n\n- nothing\n')
def files = { File dir -> dir.listFiles() == null ? [] : dir.toPath().with { root -> java.nio.file.Files.walk(root).withCloseable { s -> s.filter { java.nio.file.Files.isRegularFile(it) }.collect { root.relativize(it).toString().replace('\\', '/') }.sort() } } }
assert files(before) == files(manifests)
def changed = files(manifests).findAll { new File(before, it).text != new File(manifests, it).text }
assert changed == ['services/payments/network-policy.yaml', 'services/postgres/network-policy.yaml'] : changed
assert egress(manifests, 'payments', 'postgres', 5432) : policy(manifests, 'payments')
assert ingress(manifests, 'postgres', 'payments', 5432) : policy(manifests, 'postgres')

// the layer: manifests/ zipped, attached and deployed beside the platform's POM
def zip = new File(deployed, 'io/example/it/intents-assembly/1.0.0/intents-assembly-1.0.0-ai-security-layer.zip')
assert zip.isFile() : "not deployed: ${zip}\n${out}"
def entries = new ZipFile(zip).withCloseable { z -> z.entries().collect { it.name } }
assert entries == files(manifests).collect { "manifests/${it}".toString() } : entries
assert zip.bytes == new File(basedir, 'target/ai-security-layer.zip').bytes

// the errors: each fails naming the artifact, writes no layer and prints no stack trace
def fails = { String why, List<String> args, List<String> expected ->
    def output = new File(basedir, "target/failed-${why}")
    def (c, o) = run(args + ["-Dai-security.outputDirectory=${output}"])
    assert c != 0 : "${why} must fail\n${o}"
    expected.each { assert o.contains(it) : "${why}: '${it}' missing in\n${o}" }
    assert !new File(output, 'manifests').exists() : "${why} wrote a layer"
    assert !(o =~ /\n\s+at io\.aiplatform/) : "stack trace in\n${o}"
}
fails('missing', ['-Dpayments.version=9.9.9'], ['ai-security: cannot resolve the intents of com.example.pay:payments:9.9.9'
        + ' (type yaml, classifier ai-security-intents; listed in ' + new File(basedir, 'pom.xml') + ':44)',
        "; searched the local repository ${localRepositoryPath} and ", 'intents (file:'])
fails('missing-offline', ['-o', '-Dpayments.version=9.9.9'], ['cannot resolve the intents of com.example.pay:payments:9.9.9',
        "searched the local repository ${localRepositoryPath} only (the build is offline, -o)"])
fails('unknown-call', ['-Dpayments.version=1.5.0'], ['payments-1.5.0-ai-security-intents.yaml:17: service \'payments\':'
        + ' intents of com.example.pay:payments:1.5.0: payments calls \'ledger\' (payments-service/src/main/resources/'
        + 'application.yml:7 ledger.url), but no intents, module or platform.yaml entry of the platform provides a'
        + ' service of that name'])
fails('duplicate', ['-Dpayments.version=1.6.0'], ["service 'orders' is published twice: by intents"
        + ' com.example.pay:payments:1.6.0 and by intents com.example.shop:orders:2.4.0'])
return true
