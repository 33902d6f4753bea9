package io.aiplatform.reference.driftmonitor;

/** Placeholder for the drift-monitor code; the security layer depends only on the POM and descriptor. */
public final class DriftMonitor {

    private DriftMonitor() {
    }

    public static String name() {
        return "drift-monitor";
    }
}
