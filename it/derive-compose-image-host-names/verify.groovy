// A Compose service that runs, without building it, the image a module's build configuration names is a host name of
// that module also when it sets no environment of its own (config, reporting): a client's URL naming it is an edge
// to the module, with evidence naming the Compose file and the image tie, and no unknown-host warning.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'users -> config-server:8888', 'users -> reports:9000')

ItFiles.logContains(basedir,
    'gives Compose service config the service name (it runs the image the module builds) config',
    'gives Compose service reporting the service name (it runs the image the module builds) reporting',
    'ai-security: 3 services, 2 connections')
ItFiles.logLacks(basedir, "names host 'config'", "names host 'reporting'", "names host 'localhost'")
return true
