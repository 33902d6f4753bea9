package org.example.market.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class QuoteConsumer {

    @Incoming("quotes")
    public void consume(double quote) {
    }
}
