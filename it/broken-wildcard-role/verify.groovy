import io.aiplatform.security.it.ItFiles

def findings = ItFiles.findings(basedir)
assert findings.contains('''RBAC-WILDCARD error Role/ai-platform/gateway-extra'''), findings.join('\n')
ItFiles.logContains(basedir, '''error RBAC-WILDCARD Role/ai-platform/gateway-extra''', 'finding(s) at or above failOn=error')
// a failed validation is not recorded as up to date: the next build validates again
assert new File(basedir, 'target/ai-security/.generate.stamp').isFile()
assert !new File(basedir, 'target/ai-security/.validate.stamp').exists()
return true
