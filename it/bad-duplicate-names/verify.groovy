import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''duplicate service name: modules io.example.it:a and io.example.it:b are both named 'shared'''')
ItFiles.noOutput(basedir)
return true
