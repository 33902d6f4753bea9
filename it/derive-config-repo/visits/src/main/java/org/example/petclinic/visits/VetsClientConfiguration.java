package org.example.petclinic.visits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

@Configuration
class VetsClientConfiguration {

    @Bean
    VetsClient vetsClient(RestClient.Builder builder, @Value("${vets.endpoint}") String vetsEndpoint) {
        RestClient client = builder.baseUrl(vetsEndpoint).build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build()
                .createClient(VetsClient.class);
    }
}
