// -DaiSecurityVersion=... is the plugin version the new platform's POM names (a build directly invoking
// another plugin's goal needs no ai-security plugin, so this version need not exist).
def pom = new File(basedir, 'project/pinned-platform/pom.xml').text
assert pom.contains('<ai-security.version>0.0.1-example</ai-security.version>') : pom
assert pom.contains('<version>${ai-security.version}</version>') : pom
return true
