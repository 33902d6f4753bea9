import io.aiplatform.security.it.ItFiles

def findings = ItFiles.findings(basedir)
assert findings.contains('''ENC-IDENTITY-FIRST error EncryptionConfiguration'''), findings.join('\n')
ItFiles.logContains(basedir, '''error ENC-IDENTITY-FIRST EncryptionConfiguration''', 'finding(s) at or above failOn=error')
return true
