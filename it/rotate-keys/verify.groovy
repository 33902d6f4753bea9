// rotate-keys-plan: PLAN.md, plan.json and owner-only step files; key ages in the log; no key material
// in the plan, the metadata or the build log.
import io.aiplatform.security.it.ItFiles
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def oldKey = 'c2VjcmV0Ym94LWtleS1mb3ItdGVzdHMtb25seS0zMmI='
def rotation = new File(basedir, 'target/ai-security/rotation')
assert rotation.list().sort() == ['PLAN.md', 'key-metadata.yaml', 'plan.json', 'step-01-add-new-key.yaml',
    'step-02-promote-new-key.yaml', 'step-04-remove-old-key.yaml']
def step2 = new File(rotation, 'step-02-promote-new-key.yaml').text
def newKey = (step2 =~ /secret: (\S+)/)[0][1]
assert newKey != oldKey && Base64.decoder.decode(newKey).length == 32
assert step2.indexOf('name: key-20261126') < step2.indexOf('name: key1')
rotation.listFiles().findAll { it.name.startsWith('step-') }.each {
    assert PosixFilePermissions.toString(Files.getPosixFilePermissions(it.toPath())) == 'rw-------'
}
['PLAN.md', 'plan.json', 'key-metadata.yaml'].each {
    def text = new File(rotation, it).text
    assert !text.contains(oldKey) && !text.contains(newKey) : "$it holds key material"
}
def log = new File(basedir, 'build.log').text
assert !log.contains(oldKey) && !log.contains(newKey) : 'the build log holds key material'
ItFiles.logContains(basedir, 'key key1 (secretbox) is 178 day(s) old (created 2026-06-01)',
    '4-step plan from secretbox to secretbox for 3 API server(s)', 'rotation overdue', 'key rotation is overdue (maxKeyAgeDays=90)')
assert new File(rotation, 'PLAN.md').text.contains('k8s:enc:secretbox:v1:key-20261126:')
return true
