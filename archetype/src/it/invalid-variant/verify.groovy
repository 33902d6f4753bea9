def log = new File(basedir, 'build.log').text
assert log.contains("library") : log
assert log.contains('neither platform nor service') || log.contains('does not match') || log.contains('not valid') : log
assert !new File(basedir, 'bad/pom.xml').exists() : 'nothing generated'
return true
