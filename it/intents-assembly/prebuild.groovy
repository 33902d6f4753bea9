// The service repositories' side, as `mvn deploy` publishes it: each hand-written intents file deployed with
// deploy:deploy-file (type yaml, classifier ai-security-intents) into the file-based repository target/intents-repo.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def outerRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def settings = new File(basedir, 'target/settings.xml')
settings.parentFile.mkdirs()
settings.text = new File(itSource, 'settings.xml').text.replace('@localRepositoryUrl@', outerRepo.toURI().toString())
def repo = new File(basedir, 'target/intents-repo')
[['com.example.shop', 'orders', '2.4.0'], ['com.example.pay', 'payments', '1.3.0'], ['com.example.pay', 'payments', '1.4.0'],
 ['com.example.pay', 'payments', '1.5.0'], ['com.example.pay', 'payments', '1.6.0']].each { g, a, v ->
    def cmd = [mvn, '-B', '-q', '-s', settings.absolutePath, "-Dmaven.repo.local=${localRepositoryPath}",
               'org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy-file', "-Dfile=intents/${a}-${v}.yaml",
               "-DgroupId=${g}", "-DartifactId=${a}", "-Dversion=${v}", '-Dpackaging=yaml',
               '-Dclassifier=ai-security-intents', '-DgeneratePom=true', '-DrepositoryId=intents',
               "-Durl=${repo.toURI()}"]*.toString()
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "deploy-file of ${a} ${v} failed:\n${out}"
    assert new File(repo, "${g.replace('.', '/')}/${a}/${v}/${a}-${v}-ai-security-intents.yaml").isFile() : out
}
return true
