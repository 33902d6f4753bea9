package org.example.market.ledger;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/ledger")
public class LedgerResource {

    @GET
    public String entries() {
        return "[]";
    }
}
