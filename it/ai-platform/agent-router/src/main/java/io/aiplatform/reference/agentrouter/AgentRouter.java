package io.aiplatform.reference.agentrouter;

/** Placeholder for the agent-router code; the security layer depends only on the POM and descriptor. */
public final class AgentRouter {

    private AgentRouter() {
    }

    public static String name() {
        return "agent-router";
    }
}
