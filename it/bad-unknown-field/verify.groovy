import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml:2: unknown field 'prots' in the descriptor (did you mean 'ports'?)''')
ItFiles.noOutput(basedir)
return true
