// The reference AI platform: connectivity and RBAC of the reference design, computed from the
// generated objects; CLI, lifecycle and parallel builds give byte-identical output.
import io.aiplatform.security.it.ItFiles
import io.aiplatform.security.it.ReferencePlatformCheck

ReferencePlatformCheck.verify(basedir)
ItFiles.sameTree(basedir, 'target/ai-security/manifests', 'target/ai-security-cli/manifests')
ItFiles.sameTree(basedir, 'target/ai-security/manifests', 'target/ai-security-parallel/manifests')
ItFiles.sameTree(basedir, 'target/ai-security/control-plane', 'target/ai-security-parallel/control-plane')
ItFiles.logContains(basedir, 'ai-security: 17 services, 26 connections', 'target/ai-security/manifests')
return true
