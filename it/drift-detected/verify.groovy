// Drift: each differing file is listed, and the check changes nothing in the tracked folder.
import io.aiplatform.security.it.ItFiles

ItFiles.logContains(basedir,
    'differs from the generated manifests',
    'differs from what would be generated: services/svc/network-policy.yaml',
    'no longer generated: services/removed/network-policy.yaml',
    'missing (would be generated): kustomization.yaml',
    // each file with a bounded unified diff from the tracked copy to what would be generated
    '    --- a/services/svc/network-policy.yaml', '    +++ b/services/svc/network-policy.yaml', '    @@ -',
    '    --- a/services/removed/network-policy.yaml', '    +++ /dev/null',
    '    --- /dev/null', '    +++ b/kustomization.yaml',
    'Run the build without -Dai-security.check')
assert new File(basedir, 'deploy/security/services/removed/network-policy.yaml').exists()
assert !new File(basedir, 'deploy/security/kustomization.yaml').exists()
return true
