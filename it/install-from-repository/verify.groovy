// The plugin deployed to a file-based repository (as mvn deploy -DaltDeploymentRepository=id::url does) is what a
// platform's build resolves: by its full coordinates (this build), and by its prefix with pluginGroups in settings.xml
// (mvn ai-security:generate ai-security:validate, help:describe -Dplugin=ai-security), from a fresh local repository.
import io.aiplatform.security.it.ItFiles

// the build with the full coordinates and no pluginGroups
ItFiles.logContains(basedir, 'ai-security: 2 services, 1 connection;')

def outerRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def run = { File directory, List<String> args ->
    def p = new ProcessBuilder(([mvn, '-B'] + args)*.toString()).directory(directory).redirectErrorStream(true).start()
    def out = p.inputStream.text
    [p.waitFor(), out]
}

// the deployment, as the installation page (plugin/src/site/markdown/install.md) says (online: maven-deploy-plugin refuses -o; install skipped, so nothing reaches the
// developer's local repository): the parent POM and the plugin with its sources and Javadoc
def repo = new File(basedir, 'target/deployed-repo')
def (deployCode, deployLog) = run(new File(buildRoot), ['-pl', 'plugin', '-am', 'deploy', '-DskipTests', '-Dinvoker.skip',
    '-Dmaven.install.skip', "-Dmaven.repo.local=$outerRepo", "-DaltDeploymentRepository=it-deployed::${repo.toURI()}"])
assert deployCode == 0 : deployLog
def group = new File(repo, 'io/aiplatform/security')
def versionDir = new File(group, "ai-security-maven-plugin/$pluginVersion")
def deployed = versionDir.list().findAll { it.endsWith('.jar') }.collect { it.replaceAll(/-[0-9]{8}\.[0-9]{6}-[0-9]+/, '-SNAPSHOT') }
['', '-sources', '-javadoc'].each { kind ->
    def jar = "ai-security-maven-plugin-$pluginVersion${kind}.jar".toString()
    assert deployed.contains(jar) : "$jar not deployed (a SNAPSHOT's timestamp read as -SNAPSHOT): $deployed"
}
assert new File(group, "ai-security-parent/$pluginVersion").isDirectory() : 'the parent POM, which the plugin POM names'
def settings = { boolean withPluginGroups ->
    def file = new File(basedir, withPluginGroups ? 'settings-plugin-groups.xml' : 'settings-no-plugin-groups.xml')
    file.text = """<settings>
  ${withPluginGroups ? '<pluginGroups><pluginGroup>io.aiplatform.security</pluginGroup></pluginGroups>' : ''}
  <profiles><profile><id>repositories</id>
    <repositories>
      <repository><id>it-deployed</id><url>${repo.toURI()}</url></repository>
      <repository><id>local.central</id><url>${outerRepo.toURI()}</url></repository>
    </repositories>
    <pluginRepositories>
      <pluginRepository><id>it-deployed</id><url>${repo.toURI()}</url></pluginRepository>
      <pluginRepository><id>local.central</id><url>${outerRepo.toURI()}</url></pluginRepository>
    </pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>repositories</activeProfile></activeProfiles>
</settings>
"""
    file
}
def build = { File settingsFile, File localRepo, List<String> args ->
    run(basedir, ['-s', settingsFile.absolutePath, "-Dmaven.repo.local=$localRepo"] + args)
}

def fromDeployed = { File localRepo ->
    def marker = new File(localRepo, "io/aiplatform/security/ai-security-maven-plugin/$pluginVersion/_remote.repositories")
    assert marker.text.contains('.jar>it-deployed=') : "the plugin must come from the deployed repository: ${marker.text}"
}

// by the full coordinates, without pluginGroups, from a local repository that holds nothing yet
def byCoordinates = new File(basedir, 'target/local-repo-coordinates')
def (coordinatesCode, coordinatesLog) = build(settings(false), byCoordinates, [
    "io.aiplatform.security:ai-security-maven-plugin:$pluginVersion:generate", '-Dai-security.outputDirectory=target/by-coordinates'])
assert coordinatesCode == 0 && coordinatesLog.contains('ai-security: 2 services, 1 connection;') : coordinatesLog
fromDeployed(byCoordinates)

// without pluginGroups the prefix is unknown: no POM of this reactor names the plugin (offline: nothing to look up)
def (refused, refusedLog) = build(settings(false), new File(basedir, 'target/local-repo-no-groups'), ['-o', 'ai-security:help'])
assert refused != 0 && refusedLog.contains("No plugin found for prefix 'ai-security'") : refusedLog

// the prefix comes from the group metadata, which Maven writes on deploy since 3.9.0 (MNG-7055: 3.8 with
// maven-deploy-plugin 3 leaves it out, so install.md says to deploy with Maven 3.9 or later)
def mavenVersion = (run(basedir, ['-v'])[1] =~ /Apache Maven (\d+)\.(\d+)/).with { it.find() ? [it.group(1) as int, it.group(2) as int] : [0, 0] }
def groupMetadataFile = new File(group, 'maven-metadata.xml')
if ((mavenVersion[0] <=> 3 ?: mavenVersion[1] <=> 9) < 0) {
    assert !groupMetadataFile.exists() : 'Maven 3.8 now writes the prefix metadata: the note on 3.9 in plugin/src/site/markdown/install.md can go'
    println "SKIPPED: the resolution by prefix (this Maven ${mavenVersion.join('.')} deploys no prefix metadata, MNG-7055); CI runs it with Maven 3.9"
    return true
}
def groupMetadata = groupMetadataFile.text
assert (groupMetadata =~ /(?s)<plugin>.*?<\/plugin>/).findAll().any {
    it.contains('<prefix>ai-security</prefix>') && it.contains('<artifactId>ai-security-maven-plugin</artifactId>')
} : "the group metadata maps the prefix ai-security: $groupMetadata"

// with pluginGroups, from a local repository that holds nothing yet: by prefix, the short goal names included
def fresh = new File(basedir, 'target/local-repo-fresh')
def (code, out) = build(settings(true), fresh, ['ai-security:generate', 'ai-security:validate', '-Dai-security.namespace=shop',
                                                '-Dai-security.outputDirectory=target/by-prefix'])
assert code == 0 : out
assert out.contains('ai-security: 2 services, 1 connection;') : out
assert new File(basedir, 'target/by-prefix/reports/connlist.txt').readLines() ==
    ['shop/web[Deployment] => shop/orders[Deployment] : TCP 8081']
fromDeployed(fresh)

// help:describe finds the plugin by its prefix too
def (described, describeLog) = build(settings(true), fresh, ['org.apache.maven.plugins:maven-help-plugin:3.5.2:describe', '-Dplugin=ai-security'])
assert described == 0 && describeLog.contains('Goal Prefix: ai-security') && describeLog.contains('ai-security:validate') : describeLog
return true
