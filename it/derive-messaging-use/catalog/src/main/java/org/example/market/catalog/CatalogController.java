package org.example.market.catalog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

@Controller("/catalog")
public class CatalogController {

    @Get
    public String list() {
        return "[]";
    }
}
