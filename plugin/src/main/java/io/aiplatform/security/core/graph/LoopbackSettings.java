package io.aiplatform.security.core.graph;

import io.aiplatform.security.core.derive.ConfigValue;
import io.aiplatform.security.core.derive.ServiceHosts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings that point a client at its own container: every value of the keys that decide a product's server names
 * only the loopback host ({@code brokers: [localhost:9092]}, {@code spring.rabbitmq.host: 127.0.0.1}). The client
 * then connects where its framework's default would, the pod itself once deployed, so its library is no connection
 * to the platform's server ({@link DefaultLocationClient}). A value with a placeholder left in it, or one naming any
 * other host, is a real setting.
 */
final class LoopbackSettings {

    private static final Pattern ITEMS = Pattern.compile("[,;\\s]+");

    private LoopbackSettings() {
    }

    /** The first of {@code deciding} when there are some and each names the loopback host only; empty otherwise. */
    static Optional<ConfigValue> only(List<ConfigValue> deciding) {
        if (deciding.isEmpty() || !deciding.stream().allMatch(v -> loopbackOnly(v.value()))) {
            return Optional.empty();
        }
        return Optional.of(deciding.get(0));
    }

    /** Whether each item of {@code value} ({@code host}, {@code host:port}, a URL; comma- or blank-separated) is loopback. */
    static boolean loopbackOnly(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return false;
        }
        for (String item : ITEMS.split(value.strip())) {
            if (!item.isEmpty() && !ServiceHosts.isLoopback(host(item))) {
                return false;
            }
        }
        return true;
    }

    /** The host of {@code host[:port]}, {@code scheme://[user@]host[:port][/path]} or {@code [::1]:port}. */
    private static String host(String item) {
        String rest = item.contains("://") ? item.substring(item.indexOf("://") + 3) : item;
        rest = rest.substring(rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/')) + 1);
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            return close < 0 ? rest : rest.substring(0, close + 1);
        }
        int end = rest.length();
        for (char c : new char[] {':', '/', '?'}) {
            int i = rest.indexOf(c);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        return rest.substring(0, end);
    }
}
