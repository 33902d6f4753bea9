// The service variant: one service's repository. Its first `mvn verify` wrote the service's intents (payments, a
// service of another repository named by payments.url; PostgreSQL from the driver); `mvn deploy` publishes them
// beside the jar in a file-based repository.
def project = new File(basedir, 'project/orders')
// only the service variant's files
['gateway', 'orders', 'deploy', 'src/main/ai-security/platform.yaml', '.github/workflows/service-ci.yml'].each {
    assert !new File(project, it).exists() : "the service variant must not hold $it"
}
def pom = new File(project, 'pom.xml').text
assert pom.contains('<packaging>jar</packaging>') && !pom.contains('<modules>') : pom
assert pom.contains('<ai-security.repositoryKind>service</ai-security.repositoryKind>') : pom
assert new File(project, 'src/main/java/com/example/shop/orders/PaymentsClient.java').text.contains('package com.example.shop.orders;')
def workflow = new File(project, '.github/workflows/ci.yml').text
assert workflow.contains('-Dai-security.platformLayer=$PLATFORM_LAYER') && workflow.contains('mvn -B deploy') : workflow
assert new File(project, 'README.md').text.startsWith('# orders\n')

def intents = new File(project, 'target/ai-security/intents.yaml')
assert intents.isFile() : 'mvn verify wrote no intents: ' + new File(project, 'build.log').text
def text = intents.text
assert text.startsWith('apiVersion: ai-security.io/v1\nkind: ServiceIntents\n') : text
assert text =~ /(?m)^  - name: orders$/ : text
assert text =~ /(?m)^      - service: payments$/ : text
assert text =~ /(?m)^      - product: postgresql$/ : text
assert text.contains('src/main/resources/application.properties:2 payments.url') : text

// mvn deploy to a file-based repository: the intents travel beside the jar
def main = basedir
while (main != null && !new File(main, 'plugin/target/local-repo').isDirectory()) { main = main.parentFile }
assert main != null : 'the plugin integration-test repository was not found above ' + basedir
def outerRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def settings = File.createTempFile('archetype-settings', '.xml')
settings.text = new File(main, 'it/settings.xml').text.replace('@localRepositoryUrl@', outerRepo.toURI().toString())
def published = new File(basedir, 'published')
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def p = new ProcessBuilder([mvn, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${new File(main, 'plugin/target/local-repo')}",
    "-DaltDeploymentRepository=published::${published.toURI()}", 'deploy']*.toString())
    .directory(project).redirectErrorStream(true).start()
def out = p.inputStream.text
assert p.waitFor() == 0 : out
def folder = new File(published, 'com/example/shop/orders/1.0.0-SNAPSHOT')
def names = folder.list().toList()
assert names.any { it ==~ /orders-1\.0\.0-\d{8}\.\d{6}-1\.jar/ } : names
def attached = names.find { it ==~ /orders-1\.0\.0-\d{8}\.\d{6}-1-ai-security-intents\.yaml/ }
assert attached : names
assert new File(folder, attached).text == text
return true
