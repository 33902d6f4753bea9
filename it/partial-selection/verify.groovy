// A build that selects part of the platform never writes the platform's layer into a module's folder.
import io.aiplatform.security.it.ItFiles

def payments = new File(basedir, 'payments')
assert !new File(payments, 'target/ai-security').exists() : 'the layer was written into a module'
assert !new File(payments, 'deploy').exists() : 'the layer was published into a module'
ItFiles.logContains(basedir,
    // 1: bound to the lifecycle, skipped with the reason and what to run
    'ai-security: skipped: generate-security works on the whole platform, whose root is partial-selection',
    '(-pl). Add it: -pl :payments -am, or -pl :partial-selection,:payments',
    // 2: from the command line, a failure with the same advice
    '[ERROR] Failed to execute goal',
    // 3: started in the module's folder
    'this build started in its module payments. Run it from the platform\'s root: mvn -f ')
ItFiles.logLacks(basedir, 'part-of: payments', 'known services: payments')
// 4: the root computes the whole platform, labelled with the platform's name
def policy = new File(basedir, 'target/ai-security/manifests/services/orders/network-policy.yaml').text
assert policy.contains('app.kubernetes.io/part-of: partial-selection') && policy.contains('app.kubernetes.io/name: payments')
assert new File(basedir, 'deploy/security/services/payments/network-policy.yaml').isFile()
return true
