// Empty values mean "not set": no GitOps copy, the default output folder, the default descriptor path,
// the key from the environment. Nothing of the repository is deleted or changed, nothing is written into its root.
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    'ai-security: checkDirectory is given empty, so it is not set',
    'ai-security: outputDirectory is given empty, so it is not set (its default applies)',
    'ai-security: descriptorPath is given empty, so it is not set (its default applies)',
    'ai-security: encryptionKeyFile is given empty, so it is not set',
    'ai-security: 1 service, ', 'BUILD SUCCESS',
    // 2: the rotation plan with its defaults: the generated configuration, 3 API servers, the default key size
    'ai-security: apiServers is given empty, so it is not set (its default applies)',
    'ai-security: encryptionConfig is given empty, so it is not set (its default applies)',
    'for 3 API server(s)')
ItFiles.logLacks(basedir, 'is a directory', 'review and commit them', 'validated 0 object(s)')
ItFiles.untouched(basedir, new File(itSource, 'unsafe-empty-parameters'))
assert new File(basedir, 'target/ai-security/manifests/services/svc/network-policy.yaml').isFile()
assert new File(basedir, 'target/ai-security/reports/validation.json').isFile()
assert new File(basedir, 'target/ai-security/rotation/PLAN.md').isFile()
for (name in ['manifests', 'control-plane', 'reports', 'kustomization.yaml', 'services', '.ai-security-owned']) {
    assert !new File(basedir, name).exists() : "${name} was written into the project root"
}
assert !new File(basedir, 'deploy/security/kustomization.yaml').exists() : 'the GitOps copy was published'
return true
