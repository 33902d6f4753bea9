// A custom namespace and platform name reach every generated object.
def project = new File(basedir, 'project/payments-platform')
def manifests = new File(project, 'target/ai-security/manifests')
def files = []
manifests.eachFileRecurse { if (it.name.endsWith('.yaml') && it.name != 'kustomization.yaml') files << it }
assert files.size() == 19 : files
files.each {
    // namespace.yaml is the Namespace itself (with its Pod Security labels); every other object is in it
    assert it.text.contains(it.name == 'namespace.yaml' ? 'name: payments-prod' : 'namespace: payments-prod') : it
    assert it.text.contains('app.kubernetes.io/part-of: payments') : it
}
assert new File(project, 'deploy/security/kustomization.yaml').exists() : 'published to the GitOps folder'
return true
