package io.aiplatform.security.core.derive;

import io.aiplatform.security.core.support.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The values a chart is rendered with: its {@code values.yaml}, then the {@code helmValues} files. Used to
 * say which values file a rendered setting comes from (a ConfigMap key whose value is, or holds, a value
 * of the file), and to keep those values out of Helm's error messages, which may quote them.
 */
final class ChartValues {

    /** Shorter values (ports, flags) are not traced: they say too little about where a setting comes from. */
    private static final int MIN_TRACED = 4;

    private final List<ConfigValue> values = new ArrayList<>();

    /** The scalars of the chart's own values and of {@code extra}, in the order Helm merges them. */
    ChartValues(Path chart, List<Path> extra, Consumer<Problem> warnings) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(chart.resolve("values.yaml"))) {
            files.add(chart.resolve("values.yaml"));
        }
        files.addAll(extra);
        for (Path file : files) {
            for (Map<String, ConfigValue> doc : ConfigFiles.readKeysAsWritten(file, warnings)) {
                doc.values().stream().filter(v -> v.value().strip().length() >= MIN_TRACED).forEach(values::add);
            }
        }
    }

    /**
     * The value of a values file that a rendered {@code text} is, or else the longest one it holds
     * ({@code http://orders:8080/api} holds {@code orders:8080}); of equal ones, the last merged, which wins.
     */
    Optional<ConfigValue> source(String text) {
        Optional<ConfigValue> equal = values.stream().filter(v -> v.value().equals(text)).reduce((a, b) -> b);
        if (equal.isPresent()) {
            return equal;
        }
        return values.stream().filter(v -> text.contains(v.value().strip()))
                .reduce((a, b) -> b.value().strip().length() >= a.value().strip().length() ? b : a);
    }

    /** {@code message} with every value of the values files replaced by {@code ***}: a Secret's may be among them. */
    String masked(String message) {
        String masked = message;
        List<String> longestFirst = values.stream().map(v -> v.value().strip()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String value : longestFirst) {
            masked = masked.replace(value, "***");
        }
        return masked;
    }
}
