package org.example.audit;

class Messages {
    @org.eclipse.microprofile.reactive.messaging.Incoming("audit")
    void on(String entry) { }
}
