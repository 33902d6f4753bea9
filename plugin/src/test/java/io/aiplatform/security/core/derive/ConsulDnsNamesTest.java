package io.aiplatform.security.core.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsulDnsNamesTest {

    private final ServiceHosts hosts = new ServiceHosts(Set.of("orders", "consul"), "shop");

    @Test
    void consulsServiceLookupsNameTheService() {
        assertEquals(Optional.of("orders"), hosts.serviceOf("orders.service.consul"));
        assertEquals(Optional.of("orders"), hosts.serviceOf("Orders.Service.Consul."));
        assertEquals(Optional.of("orders"), hosts.serviceOf("v2.orders.service.consul"), "a tag before the name");
        assertEquals(Optional.of("orders"), hosts.serviceOf("orders.service.dc1.consul"), "a datacenter");
        assertEquals(Optional.of("orders"), hosts.serviceOf("v2.orders.service.dc1.consul"));
    }

    @Test
    void otherNamesUnderConsulOrElsewhereNameNoService() {
        assertEquals(Optional.empty(), hosts.serviceOf("billing.service.consul"), "no such service");
        assertEquals(Optional.empty(), hosts.serviceOf("orders.node.consul"), "a node lookup");
        assertEquals(Optional.empty(), hosts.serviceOf("orders.service.example.com"));
        assertEquals(Optional.empty(), hosts.serviceOf("a.b.orders.service.consul"), "at most one tag");
        assertEquals(Optional.empty(), hosts.serviceOf("service.consul"));
    }
}
