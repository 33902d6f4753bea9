// A typo'd host (ordrs for orders) is a finding: with failOn=warning it fails the build with its rule id in the
// log and the finding in the SARIF file, at the line of the configuration that names it; with failOn=error it
// is reported and the build passes. Each build logs it once (generate-security; validate-security reuses the
// graph). The host reports names outside the platform is suppressed by its descriptor, with the reason.
import groovy.json.JsonSlurper
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def runs = log.split(/BUILD FAILURE/)
assert runs.size() == 2 : 'run 1 fails, run 2 passes'
def warning = "service 'web': web/src/main/resources/application.yml:3 orders.url names host 'ordrs', which is no" +
    " service of the platform; if it is outside, declare it under 'egress:' [DERIVE-UNKNOWN-HOST]"
[runs[0], runs[1]].each { run ->
    assert run.count(warning) == 1 : "logged once per build: ${run.count(warning)}"
    assert run.count("names host 'ordrs'") == 1 : 'not repeated by validate-security'
    assert run.contains("ai-security: suppressed DERIVE-UNKNOWN-HOST on service reports (its descriptor): partner-api" +
        " is the partner's service, reached through the egress proxy")
    assert !run.contains("names host 'partner-api'") : 'a suppressed finding is not a warning'
}
ItFiles.logContains(basedir,
    '[WARNING] ' + warning,
    'ai-security: web -> billing:8082 because web/src/main/resources/application.yml:5 billing.url names billing',
    'ai-security: 4 services, 1 connection',
    'ai-security: 1 finding(s) at or above failOn=warning (DERIVE-UNKNOWN-HOST); reports in')
def edges = (runs[0] =~ /ai-security: (\S+) -> (\S+):[\d,]+ because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
assert edges == ['web -> billing'] as Set : "the typo'd host gives no edge: $edges"

def sarif = new JsonSlurper().parse(new File(basedir, 'target/ai-security/reports/results.sarif'))
def results = sarif.runs[0].results.findAll { it.ruleId.startsWith('DERIVE-') }
assert results.size() == 1 : results
def result = results[0]
assert result.ruleId == 'DERIVE-UNKNOWN-HOST' && result.level == 'warning'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'web/src/main/resources/application.yml'
assert result.locations[0].physicalLocation.region.startLine == 3
assert result.message.text.startsWith("service web: web/src/main/resources/application.yml:3 orders.url names host 'ordrs'")
def rule = sarif.runs[0].tool.driver.rules[result.ruleIndex]
assert rule.id == 'DERIVE-UNKNOWN-HOST' && rule.helpUri.endsWith('/rules.html#derive-unknown-host') : rule
assert sarif.runs[0].tool.driver.informationUri.startsWith('https://')

def junit = new File(basedir, 'target/ai-security/reports/junit.xml').text
assert junit.contains('<testcase classname="ai-security.DERIVE-UNKNOWN-HOST" name="service web" time="0">\n      <failure type="warning"')
assert ItFiles.findings(basedir).contains('DERIVE-UNKNOWN-HOST warning service web')
def atError = new JsonSlurper().parse(new File(basedir, 'target/at-error/reports/validation.json'))
assert atError.summary.failed == false && atError.summary.stages.derivation.warning == 1 : atError.summary
assert atError.suppressions.collect { "${it.rule} ${it.object}: ${it.reason}".toString() } ==
    ["DERIVE-UNKNOWN-HOST service reports: partner-api is the partner's service, reached through the egress proxy"]
return true
