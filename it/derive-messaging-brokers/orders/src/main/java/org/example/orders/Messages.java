package org.example.orders;

class Messages {
    @org.eclipse.microprofile.reactive.messaging.Incoming("orders")
    void on(String order) { }
}
