// A service repository publishes its intents: target/ai-security/intents.yaml, exactly as expected (the call to
// payments by host, the product postgresql, the password of the JDBC URL nowhere), attached, and deployed by
// mvn deploy beside the jar; with attachIntents=false it is written but not deployed; a platform writes none.
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files

def intents = new File(basedir, 'target/ai-security/intents.yaml')
assert intents.text == new File(basedir, 'expected-intents.yaml').text
assert !intents.text.contains('Pg-Secret-Value-42')
ItFiles.logContains(basedir, "ai-security: intents of 1 service in ${intents.path}",
        "ai-security: ${intents.path} attached (type yaml, classifier ai-security-intents)")
ItFiles.logContains(basedir, "ai-security: service 'orders': src/main/resources/application.yml:6 payments.url names"
        + " payments, a service of another repository: kept in intents.yaml as a call to payments:8080 [DERIVE-UNKNOWN-HOST]")
ItFiles.logLacks(basedir, 'Pg-Secret-Value-42')
// only build 2, the repository declared a platform, warns about the host
assert new File(basedir, 'build.log').text.count("[WARNING] service 'orders': src/main/resources/application.yml:6"
        + " payments.url names host 'payments'") == 1
// 3. nothing changed: generate-security replays its last run and still attaches the file
def log = new File(basedir, 'build.log').text
def replayed = log.lastIndexOf('ai-security: inputs unchanged since the last run')
assert replayed > 0 && log.indexOf("ai-security: ${intents.path} attached", replayed) > replayed
assert !new File(basedir, 'target/as-platform/intents.yaml').exists() : 'a platform repository writes no intents'
assert new File(basedir, 'target/as-platform/manifests/kustomization.yaml').isFile()

// mvn deploy to a file-based repository (online: maven-deploy-plugin refuses -o; nothing reaches a local repository)
def outerRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def itRepo = new File(basedir, '../../local-repo').canonicalFile
def settings = new File(basedir, 'target/deploy-settings.xml')
settings.text = """<settings><profiles><profile><id>outer</id>
  <repositories><repository><id>local.central</id><url>${outerRepo.toURI()}</url></repository></repositories>
  <pluginRepositories><pluginRepository><id>local.central</id><url>${outerRepo.toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles><activeProfiles><activeProfile>outer</activeProfile></activeProfiles></settings>"""
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def deploy = { String repoName, List<String> more ->
    def repo = new File(basedir, "target/$repoName")
    def args = [mvn, '-B', '-s', settings.path, "-Dmaven.repo.local=$itRepo", 'deploy', '-Dmaven.install.skip',
                "-DaltDeploymentRepository=it::${repo.toURI()}"] + more
    def p = new ProcessBuilder(args*.toString()).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : out
    assert !out.contains('Pg-Secret-Value-42')
    assert out.contains("ai-security: ${intents.path} attached") == more.isEmpty() : out
    new File(repo, 'com/example/shop/orders/2.4.0')
}
def deployed = deploy('repo', [])
assert new File(deployed, 'orders-2.4.0.jar').isFile()
assert new File(deployed, 'orders-2.4.0-ai-security-intents.yaml').text == intents.text
// a service repository publishes its intents, not a layer: the platform's layer is the platform's artifact
assert !deployed.list().any { it.contains('ai-security-layer') } : deployed.list()

def notAttached = deploy('repo-not-attached', ['-Dai-security.attachIntents=false'])
assert new File(notAttached, 'orders-2.4.0.jar').isFile()
assert !new File(notAttached, 'orders-2.4.0-ai-security-intents.yaml').exists()
return true
