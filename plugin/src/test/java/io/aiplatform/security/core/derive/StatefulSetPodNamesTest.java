package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatefulSetPodNamesTest {

    private final ServiceHosts hosts = new ServiceHosts(Set.of("eureka", "mysql"), "shop",
            Map.of("eureka-headless", new ServiceHosts.Alias("eureka", "k8s/eureka.yaml:30 Service eureka-headless")));

    @Test
    void aPodOfAStatefulSetNamesTheServiceThatGovernsIt() {
        assertEquals(Optional.of("eureka"), hosts.serviceOf("eureka-0.eureka"));
        assertEquals(Optional.of("mysql"), hosts.serviceOf("MySQL-12.mysql."));
        assertEquals(Optional.of("eureka"), hosts.serviceOf("eureka-1.eureka.shop"));
        assertEquals(Optional.of("eureka"), hosts.serviceOf("eureka-1.eureka.shop.svc"));
        assertEquals(Optional.of("eureka"), hosts.serviceOf("eureka-1.eureka.shop.svc.cluster.local"));
        assertEquals(Optional.of("eureka"), hosts.serviceOf("registry-0.eureka-headless"), "the governing Service is another host name of the service");
    }

    @Test
    void otherNamesBeforeAServiceNameNoService() {
        assertEquals(Optional.empty(), hosts.serviceOf("eureka.eureka"), "no ordinal");
        assertEquals(Optional.empty(), hosts.serviceOf("eureka-x.eureka"), "no ordinal");
        assertEquals(Optional.empty(), hosts.serviceOf("eureka-0.billing"), "no such Service");
        assertEquals(Optional.empty(), hosts.serviceOf("eureka-0.eureka.other.svc"), "another namespace");
        assertEquals(Optional.empty(), hosts.serviceOf("a-0.eureka-1.eureka"), "one pod name only");
        assertEquals(Optional.empty(), hosts.serviceOf("eureka-0"), "a pod name alone");
    }
}
