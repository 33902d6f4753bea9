package io.aiplatform.security.core.derive;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import com.marcnuri.helm.jni.NativeLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code helm template} through helm-java's bundled Helm (a native library for each OS and CPU), the only
 * class that touches it: it is loaded only when the repository holds a chart. The library is looked for
 * in the plugin's own class loader, never downloaded; where it cannot load, {@link #unavailable()} says why.
 */
final class HelmTemplate {

    /** Why the native Helm cannot run here, or "" once it ran; null until first asked. */
    private static String unavailable;

    private HelmTemplate() {
    }

    /** Why Helm cannot run on this machine, or null when it can; the library is loaded on the first call. */
    static synchronized String unavailable() {
        if (unavailable == null) {
            unavailable = inPluginLoader(HelmTemplate::load);
        }
        return unavailable.isEmpty() ? null : unavailable;
    }

    /**
     * The manifests Helm renders from {@code chart} with its default values and then {@code valuesFiles}
     * (later files win), released as {@code release} into {@code namespace}.
     *
     * @throws IllegalStateException with Helm's message when the chart does not render
     */
    static synchronized String render(Path chart, String release, String namespace, List<Path> valuesFiles) {
        String[] out = new String[1];
        inPluginLoader(() -> {
            TemplateCommand template = new Helm(chart).template().withName(release).withNamespace(namespace);
            valuesFiles.forEach(template::withValuesFile);
            out[0] = template.call();
            return "";
        });
        return out[0];
    }

    private static String load() {
        String platform = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        try {
            if (NativeLibrary.serviceProviderLibrary(HelmTemplate.class.getClassLoader()) == null) {
                return "helm-java has no native Helm library for " + platform;
            }
            return Helm.version().call() == null ? "the native Helm library gave no version on " + platform : "";
        } catch (RuntimeException | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "the native Helm library does not load on " + platform.toLowerCase(Locale.ROOT) + " ("
                    + reason.lines().findFirst().orElse(reason) + ")";
        }
    }

    /**
     * Runs {@code call} with the plugin's class loader as the thread's context loader: helm-java finds its
     * native library through it, and a build thread's may be another (Maven's, a pool's).
     */
    private static String inPluginLoader(java.util.function.Supplier<String> call) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(HelmTemplate.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
