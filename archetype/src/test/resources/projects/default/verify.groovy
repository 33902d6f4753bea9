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

// the plugin's version is the archetype property aiSecurityVersion, by default the archetype's own version
def archetypePom = basedir
def isArchetypeModule = { File dir -> new File(dir, 'pom.xml').with { it.isFile() && it.text.contains('<artifactId>ai-security-platform-archetype</artifactId>') } }
while (archetypePom != null && !isArchetypeModule(archetypePom)) {
    archetypePom = archetypePom.parentFile
}
assert archetypePom != null : 'the archetype module was not found above ' + basedir

// the README's walk-through quotes this build's summary line and its connectivity report: the figures are the ones
// they print (build.log is the first build's, and connectivity.md is still its own here)
def readme = new File(archetypePom.parentFile, 'README.md').getText('UTF-8')
def printed = (new File(project, 'build.log').text =~ /ai-security: (\d+ services?, \d+ connections?; \d+ manifests?) in \S*\/shop-platform\/target\/ai-security\/manifests/)
assert printed.find() : 'the build printed no summary line'
def stated = (readme =~ /ai-security: ([^`\n]+?) in [^`\s]*\/shop-platform\/target\/ai-security\/manifests/)
assert stated.find() : 'README.md quotes no summary line of the archetype platform'
assert stated.group(1) == printed.group(1) : "README.md says '${stated.group(1)}', the archetype's platform printed '${printed.group(1)}'"
def sentence = (readme =~ /The policies allow exactly the \d+ declared connection\(s\)[^`]*/)
assert sentence.find() : 'README.md quotes no connectivity summary'
assert new File(project, 'target/ai-security/reports/connectivity.md').text.contains(sentence.group()) : "connectivity.md does not say: ${sentence.group()}"
def archetypeVersion = (new File(archetypePom, 'pom.xml').text =~ /<parent>[\s\S]*?<version>([^<]+)<\/version>/)[0][1]
def rootPom = new File(project, 'pom.xml').text
assert rootPom.contains("<ai-security.version>$archetypeVersion</ai-security.version>") : rootPom
assert rootPom.contains('<version>${ai-security.version}</version>\n        <inherited>false</inherited>') : 'bound once, not in every module: ' + rootPom
// infrastructure in the platform file, as the plugin's documentation recommends (platform-file.md), not in pom modules
assert !new File(project, 'postgres').exists() && !new File(project, 'redis').exists()
// the platform variant holds none of the service variant's files
['src/main/java', 'src/main/resources', 'src/main/ai-security/service.yaml', '.github/workflows/service-ci.yml'].each {
    assert !new File(project, it).exists() : "the platform variant must not hold $it"
}
assert new File(project, 'src/main/ai-security/platform.yaml').text.contains('- name: postgres')
// the descriptor comment lists every role
def roles = ['api', 'inference', 'database', 'learning', 'monitoring', 'worker', 'gateway', 'config-server', 'registry', 'broker']
def gatewayDescriptor = new File(project, 'gateway/src/main/ai-security/service.yaml').text
roles.each { assert gatewayDescriptor.contains(it) : "role $it is not listed: $gatewayDescriptor" }

// the workflow: SARIF to code scanning, the JUnit report and the connectivity summary, even when the build fails,
// from the files this build really writes
def workflow = new File(project, '.github/workflows/ci.yml').text
def steps = workflow.split(/\n      - /).toList()
def step = { String marker -> steps.find { it.contains(marker) } }
def sarif = step('github/codeql-action/upload-sarif@')
assert sarif && sarif.contains('if: always()') && sarif.contains('sarif_file: target/ai-security/reports/results.sarif') : workflow
def junit = step('report_paths: target/ai-security/reports/junit.xml')
assert junit && junit.contains('if: always()') && junit.contains('uses: ') : workflow
def summary = step('GITHUB_STEP_SUMMARY')
assert summary && summary.contains('if: always()') && summary.contains('target/ai-security/reports/connectivity.md') : workflow
assert workflow.contains('security-events: write') : 'upload-sarif needs security-events: write'
// on a pull request: the diff against deploy/security on the base branch, appended to the summary
def diffStep = step('name: Connectivity diff')
assert diffStep && diffStep.contains('if: always()') && diffStep.contains("github.event_name == 'pull_request'")
    && diffStep.contains('target/ai-security/reports/connectivity-diff.md >> "$GITHUB_STEP_SUMMARY"') : workflow
assert workflow.contains("-Dai-security.diffBaseRef=origin/{0}', github.base_ref)") && workflow.contains('fetch-depth: 0') : workflow
['results.sarif', 'junit.xml', 'connectivity.md', 'connectivity-diff.md'].each {
    assert new File(project, "target/ai-security/reports/$it").isFile() : "the workflow names target/ai-security/reports/$it, which the build does not write"
}

// the new repository keeps key material out of Git: its .gitignore ships in the archetype jar
assert new File(project, '.gitignore').isFile() : 'the archetype must ship .gitignore'
assert new File(project, '.mvn').isDirectory() : 'the archetype must ship .mvn/ (Maven 4 looks for the root there)'
def keyPaths = ['target/ai-security/control-plane/encryption-config.yaml', 'target/ai-security/rotation/step-01-add-new-key.yaml',
                'target/ai-security/rotation/step-02-promote-new-key.yaml', 'secrets/platform.key']
def git = ['git', '--version'].execute().with { it.waitFor() == 0 } ? 'git' : null
if (git == null) {
    println 'SKIPPED: git check-ignore of key files (no git on the PATH); .gitignore presence checked only'
} else {
    def run = { List<String> cmd -> def p = cmd.execute(null, project); def out = p.text; [p.waitFor(), out] }
    assert run(['git', 'init', '-q'])[0] == 0
    keyPaths.each { path ->
        def (code, out) = run(['git', 'check-ignore', '-q', path])
        assert code == 0 : "git does not ignore $path in a new platform repository"
    }
    def (code, staged) = run(['git', 'add', '-A', '--dry-run'])
    assert code == 0 && !staged.contains('encryption-config') && !staged.contains('target/') : staged
    assert staged.contains('.gitignore') && staged.contains('deploy/security/kustomization.yaml') : staged
    new File(project, '.git').deleteDir()
}

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
// the plugin runs in the root only: the modules' builds show no goal header of it
assert out.contains('(security-layer) @ shop-platform ---') : out
['gateway', 'orders', 'payments'].each { assert !out.contains("(security-layer) @ $it ---") : out }

// the plugin's settings are POM properties, so the command line overrides them
def override = new ProcessBuilder([mvn, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${new File(main, 'plugin/target/local-repo')}",
    '-Dai-security.namespace=staging', '-Dai-security.platformName=shop-staging', '-Dai-security.failOn=never',
    '-Dai-security.outputDirectory=target/staging', '-Dai-security.checkDirectory=target/staging-published',
    '-Dai-security.encryptionProvider=aesgcm', 'verify']*.toString()).directory(project).redirectErrorStream(true).start()
def overrideOut = override.inputStream.text
assert override.waitFor() == 0 : overrideOut
def staged = new File(project, 'target/staging/manifests/services/orders/network-policy.yaml').text
assert staged.contains('namespace: staging') && staged.contains('app.kubernetes.io/part-of: shop-staging') : staged
assert new File(project, 'target/staging/control-plane/encryption-config.yaml').text.contains('aesgcm')
assert new File(project, 'target/staging-published/kustomization.yaml').isFile()
assert !new File(project, 'deploy/security/services/orders/network-policy.yaml').text.contains('namespace: staging')
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
