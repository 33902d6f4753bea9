// The service repositories' side, for real: each runs `mvn deploy` with the plugin bound (repositoryKind service),
// publishing its jar and its derived intents into the file-based repository target/intents-repo. The services' POMs
// name the plugin version as ${ai-security.version}: invoker filters only the platform's POM.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def outerRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def settings = new File(basedir, 'target/settings.xml')
settings.parentFile.mkdirs()
settings.text = new File(itSource, 'settings.xml').text.replace('@localRepositoryUrl@', outerRepo.toURI().toString())
def repo = new File(basedir, 'target/intents-repo')
[['services/orders', 'com/example/e2e/shop/orders/2.4.0/orders-2.4.0'],
 ['services/payments', 'com/example/e2e/pay/payments/1.3.0/payments-1.3.0']].each { dir, path ->
    def cmd = [mvn, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${localRepositoryPath}",
               "-Dai-security.version=${pluginVersion}", "-DaltDeploymentRepository=intents::${repo.toURI()}",
               'deploy']*.toString()
    def p = new ProcessBuilder(cmd).directory(new File(basedir, dir)).redirectErrorStream(true).start()
    def out = p.inputStream.text
    new File(basedir, "${dir}/build.log").text = out
    assert p.waitFor() == 0 : "mvn deploy in ${dir} failed:\n${out}"
    assert new File(repo, "${path}.jar").isFile() : out
    assert new File(repo, "${path}-ai-security-intents.yaml").isFile() : out
}
return true
