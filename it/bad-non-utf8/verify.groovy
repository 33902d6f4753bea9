import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml:2: the descriptor is not valid UTF-8''')
ItFiles.noOutput(basedir)
return true
