package org.example.iot;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

public class EnricherTopology {

    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("readings").to("enriched");
        return builder.build();
    }
}
