import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''a/src/main/ai-security/service.yaml:1: name 'Orders_Service' is not a DNS-1123 label''',
    '''try 'orders-service'''')
ItFiles.noOutput(basedir)
return true
