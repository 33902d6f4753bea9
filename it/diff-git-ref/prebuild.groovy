// A repository made here: the platform and its published GitOps copy committed and tagged `base`, then a change that
// is not committed (api moves to port 8443 and reads the Secret api-db), as a pull request against `base` would be.
def run = { List<String> cmd ->
    def p = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false',
              '-c', 'tag.gpgsign=false'] + cmd).execute(null, basedir)
    def out = new StringBuilder()
    p.consumeProcessOutput(out, out)
    assert p.waitFor() == 0 : "git ${cmd.join(' ')}: $out"
}
run(['init', '-q'])
run(['add', '-A'])
run(['commit', '-q', '-m', 'the platform and its GitOps copy'])
run(['tag', 'base'])
new File(basedir, 'api/src/main/ai-security/service.yaml').text =
    'role: api\nports:\n  - name: http\n    port: 8443\nsecrets: [api-db]\n'
return true
