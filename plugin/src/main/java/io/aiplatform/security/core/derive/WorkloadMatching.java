package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which Kubernetes workloads of the repository run a service, when the manifests name them otherwise than
 * the service: by, in this order, the workload's own name; a Service of the repository named after the
 * service whose selector matches the pod template's labels (as Kubernetes routes the Service's traffic);
 * the pod template's {@code app.kubernetes.io/name} or {@code app} label; the name of its only container; a
 * container's image being the image the service's module builds ({@link #tie}, {@link BuiltImage}: compared without
 * registry and tag). The first rule that matches any workload decides.
 */
final class WorkloadMatching {

    /** The labels that name an application, as Kubernetes' recommended labels and common use give them. */
    private static final List<String> NAME_LABELS = List.of("app.kubernetes.io/name", "app");

    /** A workload that runs a service, and why ({@code null} when it bears the service's name). */
    record Match(Workload workload, String reason) {

        /** The workload's name, lower case, as its variables are kept. */
        String name() {
            return workload.name().value().toLowerCase(Locale.ROOT);
        }
    }

    /** The number of rules, the image rule last. */
    static final int RULES = 5;

    private final List<Workload> workloads;
    /** The images each service's module builds, by lower-case service name or artifactId ({@link #tie}). */
    private final Map<String, List<BuiltImage>> images = new HashMap<>();
    /** Selectors of the repository's Services by lower-case name. */
    private final Map<String, List<Map<String, String>>> selectors = new HashMap<>();
    /** The name as written (file, line) of each of the repository's Services with a selector, by lower-case name. */
    private final Map<String, ConfigValue> serviceNames = new java.util.TreeMap<>();

    WorkloadMatching(List<Workload> workloads, List<Map<String, ConfigValue>> services) {
        this.workloads = List.copyOf(workloads);
        for (Map<String, ConfigValue> service : services) {
            ConfigValue name = service.get("metadata.name");
            Map<String, String> selector = selector(service);
            if (name != null && !selector.isEmpty()) {
                selectors.computeIfAbsent(name.value().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(selector);
                serviceNames.putIfAbsent(name.value().toLowerCase(Locale.ROOT), name);
            }
        }
    }

    /** Records that the service or module called {@code name} builds {@code built} (the image rule's facts). */
    void tie(String name, List<BuiltImage> built) {
        List<BuiltImage> list = images.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        built.stream().filter(b -> !list.contains(b)).forEach(list::add);
    }

    /** The workloads that run the service named {@code name}, by the first rule that matches any; empty when none. */
    List<Match> of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int rule = 0; rule < RULES; rule++) {
            List<Match> found = of(n, rule);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The workloads that run the service named {@code name} by one rule (0: own name ... 3: only container, 4: image). */
    List<Match> of(String name, int rule) {
        String n = name.toLowerCase(Locale.ROOT);
        List<Match> found = new ArrayList<>();
        for (Workload w : workloads) {
            reason(w, n, rule).ifPresent(reason -> found.add(new Match(w, reason.isEmpty() ? null : reason)));
        }
        return found;
    }

    /** The repository's Services whose selector matches the pods of {@code w}, by their names as written, sorted. */
    List<ConfigValue> servicesSelecting(Workload w) {
        return serviceNames.entrySet().stream().filter(e -> selectors.get(e.getKey()).stream()
                .anyMatch(s -> w.labels().entrySet().containsAll(s.entrySet()))).map(Map.Entry::getValue).toList();
    }

    /** All the workloads. */
    List<Workload> workloads() {
        return workloads;
    }

    private Optional<String> reason(Workload w, String name, int rule) {
        String runs = w.describe() + " runs " + name + ": ";
        switch (rule) {
            case 0 -> {
                return w.name().value().equalsIgnoreCase(name) ? Optional.of("") : Optional.empty();
            }
            case 1 -> {
                boolean selected = selectors.getOrDefault(name, List.of()).stream()
                        .anyMatch(s -> w.labels().entrySet().containsAll(s.entrySet()));
                return selected ? Optional.of(runs + "Service " + name + " selects its pods") : Optional.empty();
            }
            case 2 -> {
                return NAME_LABELS.stream().filter(l -> name.equalsIgnoreCase(w.labels().get(l))).findFirst()
                        .map(l -> runs + "its pods' label " + l + " is " + name);
            }
            case 3 -> {
                List<String> containers = w.containers().stream().filter(c -> c.contains(".containers[")).toList();
                boolean only = containers.size() == 1 && name.equalsIgnoreCase(w.value(containers.get(0) + ".name"));
                return only ? Optional.of(runs + "its only container is named " + name) : Optional.empty();
            }
            default -> {
                return builtImage(w, name).map(why -> runs + why);
            }
        }
    }

    /**
     * Why a container of {@code w} runs the image that the service or module {@code name} builds (the first container
     * whose image's repository is one it builds), if one does.
     */
    private Optional<String> builtImage(Workload w, String name) {
        for (String container : w.containers()) {
            String image = w.value(container + ".image");
            if (image == null || !container.contains(".containers[")) {
                continue;
            }
            String repository = BuiltImage.repositoryOf(image);
            for (BuiltImage built : images.getOrDefault(name, List.of())) {
                if (built.repository().equals(repository)) {
                    return Optional.of("its container image " + image + " is the image " + built.image() + " that "
                            + built.where() + " builds");
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> selector(Map<String, ConfigValue> service) {
        Map<String, String> selector = new HashMap<>();
        service.forEach((k, v) -> {
            if (k.startsWith("spec.selector.")) {
                selector.put(k.substring("spec.selector.".length()), v.value());
            }
        });
        return selector;
    }
}
