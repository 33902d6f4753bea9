// a directory outside the output folder, and two forged journals that name it
def outside = new File(basedir, 'outside')
outside.mkdirs()
new File(outside, 'data.txt').text = 'precious\n'
def relative = new File(basedir, 'target/ai-security')
new File(relative, '.staging-1').mkdirs()
new File(relative, '.layer-switch').text = 'staging .staging-1\npresent ../../outside\n'
def absolute = new File(basedir, 'target/ai-security-abs')
new File(absolute, '.staging-1').mkdirs()
new File(absolute, '.layer-switch').text = "staging .staging-1\nabsent ${outside.absolutePath}\n"
return true
