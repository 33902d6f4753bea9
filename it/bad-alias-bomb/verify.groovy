import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml''',
    '''YAML aliases to collections, which can blow up its size''')
ItFiles.noOutput(basedir)
return true
