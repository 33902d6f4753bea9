# The root POM defines the property dockerPassword as ${dockerPassword} (pom.xml:27), a cycle Maven refuses unless the
# property is given on the command line (the README's `mvn spring-boot:build-image -DdockerPassword=…`); a value of
# our own for the Jib push credentials, which generate-security never uses, lets Maven read the reactor.
mkdir -p .mvn && printf '%s\n' '-DdockerPassword=unused-by-the-trial' >> .mvn/maven.config
