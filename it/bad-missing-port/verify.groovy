import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''b/src/main/ai-security/service.yaml: service 'b': receives traffic (called by a) but declares no port''')
ItFiles.noOutput(basedir)
return true
