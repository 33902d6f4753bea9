package io.aiplatform.reference.mcpjungle;

/** Placeholder for the mcpjungle code; the security layer depends only on the POM and descriptor. */
public final class McpJungle {

    private McpJungle() {
    }

    public static String name() {
        return "mcpjungle";
    }
}
