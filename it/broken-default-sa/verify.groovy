import io.aiplatform.security.it.ItFiles

def findings = ItFiles.findings(basedir)
assert findings.contains('''WORKLOAD-DEFAULT-SA error Deployment/ai-platform/gateway'''), findings.join('\n')
ItFiles.logContains(basedir, '''error WORKLOAD-DEFAULT-SA Deployment/ai-platform/gateway''', 'finding(s) at or above failOn=error')
return true
