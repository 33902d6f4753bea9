// One service in its own repository: its policy has egress to the products its client libraries
// imply; the key from the environment reaches the owner-only control-plane file and nothing else.
import io.aiplatform.security.it.GeneratedLayer
import io.aiplatform.security.it.ItFiles
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def key = 'c2VjcmV0Ym94LWtleS1mb3ItdGVzdHMtb25seS0zMmI='
assert !new File(basedir, 'target/skipped').exists()
ItFiles.logContains(basedir, 'ai-security: skipped (ai-security.skip)', 'ai-security: 1 service, 0 connections')
ItFiles.logLacks(basedir, key, 'no encryption key supplied')

def layer = new GeneratedLayer(basedir.toPath().resolve('target/ai-security/manifests'))
def policy = layer.all('NetworkPolicy', NetworkPolicy).find { it.metadata.name == 'orders-network-policy' }
assert policy.metadata.namespace == 'shop'
def egress = policy.spec.egress.collect { it.to[0].podSelector.matchLabels['app.kubernetes.io/name'] + ':' + it.ports[0].port.intVal }
assert egress == ['postgresql:5432', 'redis:6379']
assert policy.spec.ingress.isEmpty()

def config = basedir.toPath().resolve('target/ai-security/control-plane/encryption-config.yaml')
assert Files.readString(config).contains('secret: ' + key)
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(config)) == 'rw-------'
Files.walk(basedir.toPath().resolve('target/ai-security/manifests')).filter { Files.isRegularFile(it) }.each {
    assert !Files.readString(it).contains(key)
}

// 3. formats=helm: the chart (named after the artifact), no manifests/, and no key in the chart
def helmOnly = basedir.toPath().resolve('target/helm-only')
assert !Files.exists(helmOnly.resolve('manifests'))
assert Files.isRegularFile(helmOnly.resolve('helm/orders-security/Chart.yaml'))
assert Files.readString(helmOnly.resolve('helm/orders-security/Chart.yaml')).contains('version: 1.0.0-SNAPSHOT')
Files.walk(helmOnly.resolve('helm')).filter { Files.isRegularFile(it) }.each {
    assert !Files.readString(it).contains(key)
}
return true
