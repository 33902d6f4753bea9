package org.example.prices;

class Messages {
    @org.eclipse.microprofile.reactive.messaging.Incoming("prices")
    void on(String price) { }
}
