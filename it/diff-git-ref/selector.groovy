// Without git on the PATH this build cannot make its repository: it is skipped (and reported as skipped), never passed.
try {
    def p = ['git', '--version'].execute()
    p.waitForOrKill(30000)
    if (p.exitValue() == 0) {
        return true
    }
} catch (IOException noGit) {
    // no git on the PATH
}
println 'SKIPPED: diff-git-ref needs git on the PATH'
return false
