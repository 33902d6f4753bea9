def log = new File(basedir, 'build.log').text
assert log.contains("Bad_Namespace") : log
assert log.contains('DNS-1123') || log.contains('does not match') || log.contains('not valid') : log
assert !new File(basedir, 'bad/pom.xml').exists() : 'nothing generated'
return true
