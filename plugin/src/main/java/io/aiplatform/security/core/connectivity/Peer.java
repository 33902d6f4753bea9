package io.aiplatform.security.core.connectivity;

/** One end of a connection: a workload, or a range of cluster-external IPv4 or IPv6 addresses. */
public sealed interface Peer permits Workload, IpRange {

    /** How the peer is written in a connection list, e.g. {@code ns/name[Deployment]}. */
    String display();
}
