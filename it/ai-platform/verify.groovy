// The reference AI platform: connectivity and RBAC of the reference design, computed from the
// generated objects; CLI, lifecycle and parallel builds give byte-identical output; it validates
// clean (only the missing-key warning) and its connectivity report shows exactly the declared graph;
// an unchanged rebuild is up to date. The Helm chart lints and renders the same objects.
import io.aiplatform.security.core.command.ValidateCommand
import io.aiplatform.security.core.command.ValidateRequest
import io.aiplatform.security.it.HelmChart
import io.aiplatform.security.it.ItFiles
import io.aiplatform.security.it.ReadmeFigures
import io.aiplatform.security.it.ReferencePlatformCheck

ReferencePlatformCheck.verify(basedir)
ItFiles.sameTree(basedir, 'target/ai-security/manifests', 'target/ai-security-cli/manifests')
ItFiles.sameTree(basedir, 'target/ai-security/manifests', 'target/ai-security-parallel/manifests')
ItFiles.sameTree(basedir, 'target/ai-security/control-plane', 'target/ai-security-parallel/control-plane')
// values.yaml names the control-plane file, which is below each run's own output folder
ItFiles.sameTree(basedir, 'target/ai-security/helm', 'target/ai-security-cli/helm', 'target/ai-security-cli/', 'target/ai-security/')
ItFiles.sameTree(basedir, 'target/ai-security/helm', 'target/ai-security-parallel/helm', 'target/ai-security-parallel/', 'target/ai-security/')

// the Helm chart: real Helm (helm-java) lints it and renders exactly the kustomize objects with default values
def chart = new File(basedir, 'target/ai-security/helm/ai-platform-security').toPath()
if (HelmChart.available()) {
    assert new HelmChart(chart, 'ai-platform').lintProblems() == []
    def rendered = new HelmChart(chart, 'ai-platform').template([:])
    def kustomize = HelmChart.objects(new File(basedir, 'target/ai-security/manifests').toPath())
    assert HelmChart.differences(kustomize, HelmChart.objects(rendered)) == []
    // the 80 files of manifests/ less kustomization.yaml; grafana, drift-monitor and learning-engine read their
    // Secrets through the API (their Roles, their roles mount the token), so they have API-server policies too
    assert kustomize.size() == 79
    ReferencePlatformCheck.verifyRendered(basedir, HelmChart.objects(rendered).values())
    def file = HelmChart.write(rendered, new File(basedir, 'target/helm-rendered/ai-platform-security.yaml').toPath())
    def empty = java.nio.file.Files.createDirectories(new File(basedir, 'target/helm-rendered/validate').toPath())
    def report = new ValidateCommand().run(ValidateRequest.builder(basedir.toPath(), empty)
        .manifestDirectories([file]).namespace(null).apiServer(['172.18.0.2/32'], [443, 6443]).build())
    assert !report.failed() : report.failures()
    assert report.manifests().size() == 79
    println "helm ${HelmChart.version()}: lint clean, template renders the ${kustomize.size()} kustomize objects"
} else {
    println 'SKIPPED: helm-java has no native Helm for this OS and CPU; the chart was not linted or rendered'
}
ItFiles.logContains(basedir, 'ai-security: 17 services, 40 connections', 'target/ai-security/manifests',
    'ai-security: validated 82 object(s)')
// the README quotes the summary line of this build: its figures are the ones printed
ReadmeFigures.statedAsPrinted(basedir, 'ai-platform/target/ai-security/manifests')
assert ItFiles.findings(basedir) == ['ENC-KEY-PLACEHOLDER warning EncryptionConfiguration']
// 4. the unchanged rebuild: up to date, and the warnings are still shown
ItFiles.logContains(basedir, "inputs unchanged since the last run, ${new File(basedir, 'target/ai-security')} is up to date".toString(),
    'inputs unchanged since the last successful validation',
    'ENC-KEY-PLACEHOLDER EncryptionConfiguration: resources[0].secretbox key')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains('The policies allow exactly the 40 declared connection(s) between services, and nothing else between them.')
assert md.contains('```mermaid')
// the API server (apiServerEndpoints) and Prometheus' scrapes are edges of the report like any other
assert md.contains('| prometheus |  | TCP 443,6443 | TCP 9464 |')
assert md.contains('- prometheus -> postgres:9187 because prometheus/src/main/ai-security/service.yaml:')
assert md.contains('-->|TCP 443,6443| n1["172.18.0.2/32"]')
// compliance: the reference platform fails only what the missing key fails
def compliance = new File(basedir, 'target/ai-security/reports/compliance.md').text
assert compliance.contains('| CIS 5.3.2 | every namespace has NetworkPolicies | **pass** |')
assert compliance.contains('| CIS 3.2.1 | a minimal audit policy is created | **pass** |')
assert compliance.readLines().findAll { it.contains('**fail**') }.collect { it.split(' \\| ')[0] } == ['| CIS 1.2.28']
['connlist.txt', 'junit.xml', 'results.sarif', 'connectivity.dot', 'rbac.md', 'compliance.json'].each {
    assert new File(basedir, "target/ai-security/reports/$it").length() > 0
}
// every generated YAML file (manifests, control plane, the Helm chart) starts with the line naming the project it came from
assert ItFiles.headed(basedir, 'target/ai-security', 'io.aiplatform.reference:ai-platform') > 0
return true
