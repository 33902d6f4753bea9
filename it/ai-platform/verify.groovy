// The reference AI platform: connectivity and RBAC of the reference design, computed from the
// generated objects; CLI, lifecycle and parallel builds give byte-identical output; it validates
// clean (only the missing-key warning) and its connectivity report shows exactly the declared graph.
import io.aiplatform.security.it.ItFiles
import io.aiplatform.security.it.ReferencePlatformCheck

ReferencePlatformCheck.verify(basedir)
ItFiles.sameTree(basedir, 'target/ai-security/manifests', 'target/ai-security-cli/manifests')
ItFiles.sameTree(basedir, 'target/ai-security/manifests', 'target/ai-security-parallel/manifests')
ItFiles.sameTree(basedir, 'target/ai-security/control-plane', 'target/ai-security-parallel/control-plane')
ItFiles.logContains(basedir, 'ai-security: 17 services, 26 connections', 'target/ai-security/manifests',
    'ai-security: validated 72 object(s)')
assert ItFiles.findings(basedir) == ['ENC-KEY-PLACEHOLDER warning EncryptionConfiguration']
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains('The policies allow exactly the 26 declared connection(s) between services, and nothing else between them.')
assert md.contains('```mermaid')
['connlist.txt', 'junit.xml', 'results.sarif', 'connectivity.dot', 'rbac.md'].each {
    assert new File(basedir, "target/ai-security/reports/$it").length() > 0
}
return true
