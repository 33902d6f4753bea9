// validate-security with no project at all (requiresProject = false), in folders without a POM:
// 1. every case of the external netpol corpus, and the IPv6 cases in its format: reports/connlist.txt equals the
//    expected list;
// 2. a folder with a bad policy fails the build naming the rule, file and object;
// 3. policies opening the whole IPv6 space fail it as the IPv4 space would, and the reports show that space.
import java.nio.file.Files

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def goal = "io.aiplatform.security:ai-security-maven-plugin:${pluginVersion}:validate-security"

// like the invoker's own builds: the integration-test repository, filled from the developer's local repository
def outerRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def settings = File.createTempFile('standalone-settings', '.xml')
settings.text = new File(itSource, 'settings.xml').text.replace('@localRepositoryUrl@', outerRepo.toURI().toString())
settings.deleteOnExit()

def run = { File dir, List<String> args ->
    def cmd = ([mvn, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=${localRepositoryPath}", goal] + args)*.toString()
    def p = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    p.waitFor()
    [p.exitValue(), out]
}

def corpus = new File(netpolCorpus, 'cases')
assert corpus.isDirectory() : "the netpol corpus is not at ${corpus}"
def ipv6Cases = new File(netpolCorpus, '../connectivity-ipv6/cases')
assert ipv6Cases.isDirectory() : "the IPv6 cases are not at ${ipv6Cases}"
def cases = corpus.listFiles().findAll { it.isDirectory() }.sort { it.name } +
        ipv6Cases.listFiles().findAll { it.isDirectory() }.sort { it.name }
def failures = []
cases.each { c ->
    def work = Files.createTempDirectory('standalone-').toFile()
    def (code, out) = run(work, ["-Dai-security.manifestDirectories=${new File(c, 'input').absolutePath}",
        '-Dai-security.outputDirectory=out', '-Dai-security.failOn=never', '-Dai-security.ignoreMissingSchemas'])
    def actual = new File(work, 'out/reports/connlist.txt')
    if (code != 0 || !actual.exists()) {
        failures << "${c.name}: build failed\n${out}"
    } else if (actual.text != new File(c, 'expected-connlist.txt').text) {
        failures << "${c.name}: connlist.txt differs"
    }
    work.deleteDir()
}
assert failures.isEmpty() : failures.join('\n')
println "standalone validate-security matched ${cases.size()} of ${cases.size()} netpol corpus and IPv6 cases"

def work = Files.createTempDirectory('standalone-').toFile()
def (code, out) = run(work, ["-Dai-security.manifestDirectories=${new File(basedir, 'bad-policies').absolutePath}",
    '-Dai-security.outputDirectory=out'])
assert code != 0 : out
assert out.contains('error NETPOL-ALLOW-ALL NetworkPolicy/shop/open') : out
assert out.contains('bad-policies/policy.yaml:1') : out
assert !(out =~ /\n\s+at [a-z][\w.$]+\(/) : 'stack trace in\n' + out
work.deleteDir()

work = Files.createTempDirectory('standalone-').toFile()
(code, out) = run(work, ["-Dai-security.manifestDirectories=${new File(basedir, 'ipv6-policies').absolutePath}",
    '-Dai-security.outputDirectory=out'])
assert code != 0 : out
assert out.contains('error NETPOL-ALLOW-ALL NetworkPolicy/shop/open-v6') : out
assert out.contains('ingress[0].from[0] ipBlock ::/0 allows every IPv6 source') : out
assert out.contains('error NETPOL-METADATA-EGRESS NetworkPolicy/shop/open-v6') : out
assert out.contains('includes the cloud metadata address fd00:ec2::254') : out
def connlist = new File(work, 'out/reports/connlist.txt').text
assert connlist.contains('::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] => shop/web[Deployment] : All Connections\n') : connlist
assert connlist.contains('shop/web[Deployment] => ::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] : TCP 443\n') : connlist
def md = new File(work, 'out/reports/connectivity.md').text
assert md.contains('::/0') : md
work.deleteDir()
return true
