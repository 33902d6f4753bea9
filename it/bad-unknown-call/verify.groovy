import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml:1: service 'a': calls 'gatewy', but no service has that name (did you mean 'gateway'?)''')
ItFiles.noOutput(basedir)
return true
