package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.descriptor.PortSpec;

/**
 * In a repository that holds a single service: egress from that service to a product whose
 * provider lives elsewhere (pods labelled {@code app.kubernetes.io/name=<product>}).
 */
public record ProductEgress(String from, String product, PortSpec port, String reason) {
}
