package org.example.shop.billing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/invoices")
public class Invoices {

    @GET
    public String list() {
        return "[]";
    }
}
