// An outputDirectory holding the user's helm/, verify/, reports/, control-plane/ and manifests/, or the
// project root, is refused, not emptied: every file stays byte for byte, and nothing is added there.
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    'outputDirectory ' + new File(basedir, 'ops').absolutePath + ' is not empty and has no ownership record',
    'outputDirectory must be a folder the plugin owns, e.g. target/ai-security',
    'is the project root; nothing was written or deleted there')
ItFiles.untouched(basedir, new File(itSource, 'unsafe-output-directory'))
def ops = new File(basedir, 'ops')
assert ops.list().sort() == ['control-plane', 'helm', 'manifests', 'reports', 'verify'] : ops.list()
assert !new File(basedir, 'manifests').exists() && !new File(basedir, '.ai-security-owned').exists()
return true
