package io.aiplatform.security.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Real kustomize, as {@code kubectl kustomize}; -Dtest.kubectl=... points at another kubectl. */
public final class Kustomize {

    private static final String KUBECTL = System.getProperty("test.kubectl", "kubectl");

    private Kustomize() {
    }

    public static boolean available() {
        try {
            Process p = new ProcessBuilder(KUBECTL, "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The multi-document YAML {@code kubectl kustomize dir} prints; fails with kustomize's message. */
    public static String render(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(KUBECTL, "kustomize", dir.toString()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed: " + stderr);
        }
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
