package io.aiplatform.security.core.descriptor;

/**
 * What a monitoring service pulls metrics from: one service by name, or every service of a role,
 * on a port (by name or number; null means the port named {@code metrics}).
 */
public record ScrapeSpec(String service, String role, PortRef port, int line) {
}
