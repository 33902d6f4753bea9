package org.example.petclinic.visits;

import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

@HttpExchange("/vets")
interface VetsClient {

    @GetExchange("/{id}")
    String vet(long id);
}
