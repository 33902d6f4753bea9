// One workload deployed two ways by the repository (the quickstart manifests and a Cloud SQL variant whose files sort
// last): what each deployment's ConfigMaps name is a connection, so the variant's 127.0.0.1 (its proxy sidecar) does not
// hide the quickstart's ledger-db and the two PostgreSQL servers raise no "several providers" error; the sidecar's
// loopback is no warning. The ledger's @Value("http://${BALANCES_API_ADDR}/balances") calls balances.
// The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['ledger -> ledger-db:5432', 'balances -> ledger-db:5432', 'ledger -> balances:8080'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"
ItFiles.logContains(basedir,
    'ledger -> ledger-db:5432 because kubernetes-manifests/config.yaml:13 ConfigMap ledger-db-config key SPRING_DATASOURCE_URL names ledger-db',
    'ledger -> balances:8080 because ledger/src/main/java/bank/ledger/LedgerController.java:11 @Value(BALANCES_API_ADDR) names balances')
ItFiles.logLacks(basedir, 'all provide', "names host '127.0.0.1'", 'DERIVE-LOOPBACK-HOST')
def md = new File(basedir, 'target/ai-security/reports/connectivity.md').text
assert md.contains("The policies allow exactly the ${expected.size()} declared connection(s)") : md
return true
