package org.example.petclinic.customers;

import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.web.client.RestTemplate;

class OwnerVisits {

    private final DiscoveryClient discoveryClient;
    private final RestTemplate loadBalanced;

    OwnerVisits(DiscoveryClient discoveryClient, RestTemplate loadBalanced) {
        this.discoveryClient = discoveryClient;
        this.loadBalanced = loadBalanced;
    }

    List<ServiceInstance> visitsInstances() {
        return discoveryClient.getInstances("visits");
    }

    String vets() {
        return loadBalanced.getForObject("http://vets/vets", String.class);
    }
}
