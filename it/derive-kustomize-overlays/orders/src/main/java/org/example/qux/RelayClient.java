package org.example.qux;

import org.springframework.beans.factory.annotation.Value;

public class RelayClient {
    public RelayClient(@Value("${relay.url}") String url) {
    }
}
