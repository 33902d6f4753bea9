// The diff of the reference platform against its committed GitOps copy: one call added (drift-monitor -> postgres,
// from a dependency added to drift-monitor/pom.xml) and one secret removed (gateway's tls-certificate). Computed from
// what the policies and roles allow, with the evidence of the edge that causes the added connection.
import io.aiplatform.security.it.ItFiles

def reports = new File(basedir, 'target/ai-security/reports')
def expected = [
    '# Connectivity diff',
    '',
    'What the new security layer allows that the base does not, and the reverse, computed from what the NetworkPolicies'
        + ' and RBAC allow (not from the text of the files). Base: the folder gitops-before.',
    '',
    '## Connections opened',
    '',
    '- `drift-monitor` → `postgres`: TCP 5432',
    '  - because drift-monitor/pom.xml:16 declares org.postgresql:postgresql (catalog: postgresql, provided by postgres)',
    '',
    '## Grants removed',
    '',
    '- `ai-platform/gateway-sa` may get secrets tls-certificate (namespace ai-platform)',
    '',
    '## Not compared',
    '',
    '- encryption at rest: the base holds no EncryptionConfiguration']
def markdown = new File(reports, 'connectivity-diff.md').getText('UTF-8').readLines()
assert markdown == expected : markdown.join('\n')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'connectivity-diff.json'))
assert json.changed == true && json.widenings == ['drift-monitor → postgres : TCP 5432']
assert json.grantsRemoved*.resourceName == ['tls-certificate'] && json.connectionsRemoved == [] && json.grantsAdded == []
// the validation's own reports are there too: validate-security wrote the diff after them
assert new File(reports, 'validation.json').isFile()

ItFiles.logContains(basedir,
    // 1. the drift check names the files and points to the diff
    'differs from what would be generated: services/gateway/role.yaml',
    'What the change allows, connection by connection and grant by grant: ' + new File(reports, 'connectivity-diff.md'),
    // 2. failOnWidening names what the change opens
    'the change opens 1 connection(s), exposure(s) or grant(s), and failOnWidening is set:',
    '  drift-monitor → postgres : TCP 5432')
def log = new File(basedir, 'build.log').getText('UTF-8')
// said by generate in each of the three builds, and by validate in the third
assert log.count('ai-security: what the layer allows changed (1 widening(s)): see ') == 4 : log
return true
