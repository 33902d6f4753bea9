import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml:3: port 70000 is outside 1-65535''')
ItFiles.noOutput(basedir)
return true
