package io.aiplatform.reference.platformcommon;

/** Placeholder for the platform-common code; the security layer depends only on the POM and descriptor. */
public final class PlatformCommon {

    private PlatformCommon() {
    }

    public static String name() {
        return "platform-common";
    }
}
