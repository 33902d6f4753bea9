package io.aiplatform.security.core.graph;

/**
 * A dependency that looked like a call but is not an edge: excluded by the descriptor (with its
 * reason), an embedded engine, or a metrics library that is scraped rather than calling.
 */
public record Omission(String service, String client, String product, String why, String where) {

    public String describe() {
        return service + " -/-> " + product + " (" + client + "): " + why + " [" + where + "]";
    }
}
