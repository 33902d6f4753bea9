// The invoker copy is no Git checkout: give it the .git/config a clone of the repository has (its remote origin).
def git = new File(basedir, '.git')
git.mkdirs()
new File(git, 'config').text = new File(basedir, 'git-config').text
new File(git, 'HEAD').text = 'ref: refs/heads/main\n'
return true
