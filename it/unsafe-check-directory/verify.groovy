// A checkDirectory that is a resource folder, a folder above the GitOps copy or the project root is
// refused with what to do; nothing is deleted, changed or published, and no layer is written.
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    'src/main/resources is a source or resource folder',
    'deploy is not empty and has no ownership record (.ai-security-owned), and k8s/app.yaml in it was not written by the plugin',
    'is the project root; nothing was written or deleted there',
    'checkDirectory must be a folder the plugin owns, e.g. deploy/security')
ItFiles.untouched(basedir, new File(itSource, 'unsafe-check-directory'))
for (dir in ['svc/src/main/resources', 'deploy', '.']) {
    assert !new File(basedir, "${dir}/kustomization.yaml").exists() : "manifests were published into ${dir}"
    assert !new File(basedir, "${dir}/.ai-security-owned").exists()
}
assert !new File(basedir, 'target/ai-security/manifests').exists() : 'the layer was written though the build was refused'
return true
