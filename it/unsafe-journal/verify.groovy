// A journal line naming a folder outside the output folder (.. or an absolute path) is refused:
// the outside folder is not moved, and the output folder is left as it is, journal included.
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    ".layer-switch:2: 'present ../../outside' is not a line the plugin writes",
    ".layer-switch:2: 'absent " + new File(basedir, 'outside').absolutePath + "' is not a line the plugin writes",
    'nothing was moved')
ItFiles.untouched(basedir, new File(itSource, 'unsafe-journal'))
assert new File(basedir, 'outside/data.txt').text == 'precious\n'
assert new File(basedir, 'target/ai-security/.layer-switch').isFile()
assert new File(basedir, 'target/ai-security-abs/.layer-switch').isFile()
assert !new File(basedir, 'target/ai-security/manifests').exists()
return true
