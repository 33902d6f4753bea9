// An nginx configuration written by the Compose entrypoint's here-document is the container's: its passes are
// edges on the port each names, with the Compose file's line as evidence. The exact graph.
import io.aiplatform.security.it.ItFiles

def log = new File(basedir, 'build.log').text
def edges = (log =~ /ai-security: (\S+) -> (\S+:[\d,]+) because/).collect { "${it[1]} -> ${it[2]}".toString() } as Set
def expected = ['gateway -> write:3100', 'gateway -> read:3100'] as Set
assert edges == expected : "missing ${expected - edges}, unexpected ${edges - expected}"

ItFiles.logContains(basedir,
    'gateway -> write:3100 because docker-compose.yml:21 proxy_pass http://write:3100$request_uri names write',
    'gateway -> read:3100 because docker-compose.yml:24 proxy_pass http://read:3100$request_uri names read')
ItFiles.logLacks(basedir, '-> docs', 'shell -> ')
return true
