import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml:4: malformed YAML''')
ItFiles.noOutput(basedir)
return true
