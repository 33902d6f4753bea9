import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml:6: the YAML aliases up to *e stand for more than 200000 values once expanded''')
ItFiles.noOutput(basedir)
return true
