// A client whose configuration names a host outside the platform connects there: web's Zipkin reporter
// (ZIPKIN_HOST=ZipkinService, no such Compose service) and orders' datasource (db.example.com) are no edges to the
// platform's only Zipkin or PostgreSQL, each with its unknown-host warning; billing's datasource names postgres.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['billing -> postgres:5432'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    "web/src/main/resources/application.yml:10 tracing.zipkin.http.url names host 'ZipkinService', which is no service of the platform",
    "web -/-> zipkin (io.zipkin.reporter2:zipkin-reporter): not a connection: web/src/main/resources/application.yml:10 tracing.zipkin.http.url names host 'ZipkinService', which is no service of the platform: the zipkin client connects there, not to zipkin-service [web/pom.xml:",
    "orders -/-> postgresql (org.postgresql:postgresql): not a connection: orders/src/main/resources/application.yml:5 spring.datasource.url names host 'db.example.com', which is no service of the platform: the postgresql client connects there, not to postgres [orders/pom.xml:")
return true
