import io.aiplatform.security.it.ItFiles

def findings = ItFiles.findings(basedir)
assert findings.contains('''RBAC-WILDCARD error Role/ai-platform/gateway-extra'''), findings.join('\n')
ItFiles.logContains(basedir, '''error RBAC-WILDCARD Role/ai-platform/gateway-extra''', 'finding(s) at or above failOn=error')
return true
