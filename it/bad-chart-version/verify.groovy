// must fail: a chart version Helm cannot take, one clear message, no output
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    '''the version 'v1.0' does not start with a number, so it cannot become a SemVer chart version''',
    '''-Dai-security.chartVersion=1.0.0''')
ItFiles.noOutput(basedir)
return true
