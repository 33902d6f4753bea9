// GitOps: a normal build publishes the manifests into the checked folder; the check then passes.
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir, 'file(s) in', 'review and commit them:', '  added kustomization.yaml',
    '  added services/svc/network-policy.yaml', 'deploy/security is up to date')
ItFiles.containedIn(basedir, 'target/ai-security/manifests', 'deploy/security')
assert new File(basedir, 'deploy/security/README.md').exists()
return true
