package org.example.orders;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

class CartRedis {
    LettuceConnectionFactory carts() {
        String host = System.getenv("CART_REDIS_HOST");
        String port = System.getenv("CART_REDIS_PORT");
        return new LettuceConnectionFactory(host, Integer.parseInt(port));
    }

    LettuceConnectionFactory sessions() {
        return new LettuceConnectionFactory(System.getenv("SESSIONS_HOST"), 6379);
    }

    String auditEndpoint() {
        return System.getenv("AUDIT_URL") + "/events";
    }
}
