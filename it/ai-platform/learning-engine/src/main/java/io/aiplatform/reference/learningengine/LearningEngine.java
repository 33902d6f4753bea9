package io.aiplatform.reference.learningengine;

/** Placeholder for the learning-engine code; the security layer depends only on the POM and descriptor. */
public final class LearningEngine {

    private LearningEngine() {
    }

    public static String name() {
        return "learning-engine";
    }
}
