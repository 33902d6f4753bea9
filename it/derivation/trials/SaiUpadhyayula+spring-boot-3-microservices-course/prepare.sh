# The root POM defines the property dockerPassword as ${dockerPassword} (pom.xml:27), a cycle Maven refuses unless the
# property is given on the command line (the README's `mvn spring-boot:build-image -DdockerPassword=…`); a value of
# our own for the Jib push credentials, which generate-security never uses, lets Maven read the reactor.
# The manifests deploy into namespace default (no namespace in them; every host is <service>.default.svc.cluster.local),
# so the platform is generated for namespace default, which needs an explicit Pod Security level (none: the namespace
# is not the plugin's to create).
mkdir -p .mvn && printf '%s\n' '-DdockerPassword=unused-by-the-trial -Dai-security.namespace=default -Dai-security.podSecurity=none' >> .mvn/maven.config
