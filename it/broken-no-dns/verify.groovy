import io.aiplatform.security.it.ItFiles

def findings = ItFiles.findings(basedir)
assert findings.contains('''NETPOL-DNS-BLOCKED error Namespace/ai-platform'''), findings.join('\n')
ItFiles.logContains(basedir, '''error NETPOL-DNS-BLOCKED Namespace/ai-platform''', 'finding(s) at or above failOn=error')
return true
