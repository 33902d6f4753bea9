// Kong's DB-less declarative file names its upstreams: orders by URL, payments through an upstream's target. The
// descriptors hold no calls.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'kong -> orders:8080', 'kong -> payments:9000')
ItFiles.logContains(basedir,
    'kong -> orders:8080 because kong/kong.yml:4 services[0].url names orders',
    'kong -> payments:9000 because kong/kong.yml:12 upstreams[0].targets[0].target names payments')
return true
