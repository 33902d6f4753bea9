package io.aiplatform.reference.gateway;

/** Placeholder for the gateway code; the security layer depends only on the POM and descriptor. */
public final class Gateway {

    private Gateway() {
    }

    public static String name() {
        return "gateway";
    }
}
