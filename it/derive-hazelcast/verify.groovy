// Hazelcast's clients call the member (port 5701), quarkus.hazelcast-client.cluster-members says which, Management
// Center reaches the members of MC_DEFAULT_CLUSTER_MEMBERS, and a member embedded by com.hazelcast:hazelcast is no call.
// The exact graph, with its evidence.
import io.aiplatform.security.it.ItFiles

ItFiles.edgesAre(basedir, 'feed -> hazelcast:5701', 'cache -> hazelcast:5701', 'management-center -> hazelcast:5701')

ItFiles.logContains(basedir,
    'feed -> hazelcast:5701 because feed/pom.xml:15 declares com.hazelcast:quarkus-hazelcast-client (catalog: hazelcast, provided by hazelcast); feed/src/main/resources/application.properties:2 quarkus.hazelcast-client.cluster-members names hazelcast',
    'cache -> hazelcast:5701 because cache/pom.xml:14 declares com.hazelcast:hazelcast-client (catalog: hazelcast, provided by hazelcast)',
    'management-center -> hazelcast:5701 because docker-compose.yml:8 MC_DEFAULT_CLUSTER_MEMBERS names hazelcast',
    'ai-security: 5 services, 3 connections')
ItFiles.logLacks(basedir, 'stats -> ', 'no service provides', "names host 'localhost'")
return true
