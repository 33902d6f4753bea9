package org.example.users;

import org.eclipse.microprofile.config.inject.ConfigProperty;

public class TokenService {

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    String tokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }
}
