package org.example.iot;

import org.eclipse.microprofile.reactive.messaging.Outgoing;

public class Readings {

    @Outgoing("readings")
    public String next() {
        return "{}";
    }
}
