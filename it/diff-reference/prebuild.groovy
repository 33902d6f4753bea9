// The reference platform (copied from the source tree) against its committed GitOps copy deploy/security, which was
// published from it unchanged; then one call added and one secret removed, as a pull request would.
import io.aiplatform.security.it.ItFiles

ItFiles.copyPlatform(new File(itSource, "ai-platform"), basedir)
// the GitOps copy as committed, kept apart: goal 2 publishes over deploy/security
ItFiles.copyTree(new File(basedir, 'deploy/security').toPath(), new File(basedir, 'gitops-before').toPath())
// one call: drift-monitor now uses PostgreSQL's JDBC driver (line 16 of its POM)
def pom = new File(basedir, 'drift-monitor/pom.xml')
pom.text = pom.text.replace('<version>${project.version}</version></dependency>\n',
    '<version>${project.version}</version></dependency>\n    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>\n')
assert pom.readLines()[15].contains('org.postgresql')
// one secret: gateway no longer reads tls-certificate
def gateway = new File(basedir, 'gateway/src/main/ai-security/service.yaml')
gateway.text = gateway.text.replace('secrets: [gateway-api-keys, tls-certificate, ', 'secrets: [gateway-api-keys, ')
assert !gateway.text.contains('tls-certificate')
return true
