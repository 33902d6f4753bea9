# best-practices/pom.xml:77-84 declares org.testcontainers:postgresql and :junit-jupiter without version, but the root
# POM imports testcontainers-bom 2.0.3 (pom.xml:22,37-41), where those artifacts are named testcontainers-postgresql
# and testcontainers-junit-jupiter, so Maven cannot read the project. The copy gets the 2.x names (test scope only:
# nothing generate-security reads); the PostgreSQL driver org.postgresql:postgresql is left as it is.
perl -0pi -e 's#(<groupId>org\.testcontainers</groupId>\s*<artifactId>)(postgresql|junit-jupiter)(</artifactId>)#$1testcontainers-$2$3#g' best-practices/pom.xml
