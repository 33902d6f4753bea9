// The diff against a Git ref, read with git: api moved from 8080 to 8443 and now reads the Secret api-db (so its Role
// lets it read that Secret, and it reaches the API server). The ref and the folder that do not exist are errors naming them.
import io.aiplatform.security.it.ItFiles

def md = new File(basedir, 'target/ai-security/reports/connectivity-diff.md').getText('UTF-8').readLines()
assert md == [
    '# Connectivity diff',
    '',
    'What the new security layer allows that the base does not, and the reverse, computed from what the NetworkPolicies'
        + ' and RBAC allow (not from the text of the files). Base: deploy/security at base.',
    '',
    '## Connections opened',
    '',
    '- `web` → `api`: TCP 8443',
    '  - because web/pom.xml:14 declares module io.example.it:api',
    '',
    '## Connections closed',
    '',
    '- `web` → `api`: TCP 8080',
    '',
    '## API-server egress opened',
    '',
    '- `api` → `10.96.0.1/32`: TCP 443,6443',
    '  - because api/src/main/ai-security/service.yaml:5 secrets api-db',
    '',
    '## Grants added',
    '',
    '- `shop/api-sa` may get secrets api-db (namespace shop)',
    '  - because api/src/main/ai-security/service.yaml:5 secrets api-db',
    '',
    '## Not compared',
    '',
    '- encryption at rest: the base holds no EncryptionConfiguration'] : md.join('\n')
ItFiles.logContains(basedir,
    "ai-security: diffBaseRef 'no-such-ref' names no commit of the Git repository " + basedir.toPath().toRealPath(),
    'ai-security: deploy/elsewhere does not exist at base in ' + basedir.toPath().toRealPath(),
    'ai-security: what the layer allows changed (3 widening(s)): see ')
// the build published the change into the working tree; the tag still holds the copy the diff was made against
assert new File(basedir, 'deploy/security/services/api/role.yaml').isFile()
def shown = ['git', 'show', 'base:deploy/security/services/api/network-policy.yaml'].execute(null, basedir)
assert shown.text.contains('port: 8080') && shown.waitFor() == 0
return true
