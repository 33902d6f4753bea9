import io.aiplatform.security.it.ItFiles

def findings = ItFiles.findings(basedir)
assert findings.contains('''NETPOL-UNDECLARED-ALLOWED error Service/postgres'''), findings.join('\n')
ItFiles.logContains(basedir, '''error NETPOL-UNDECLARED-ALLOWED Service/postgres''', 'finding(s) at or above failOn=error')
assert findings.contains('NETPOL-ALLOW-ALL error NetworkPolicy/ai-platform/postgres-debug'), findings.join('\n')
return true
