package org.example.market.prices;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Serves prices; an Emitter may publish them one day. */
@Path("/prices")
public class PriceResource {

    @GET
    public String list() {
        return "[]";
    }
}
