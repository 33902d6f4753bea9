package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration keys a scanned Kotlin file reads, as {@link JavaConfigKeys} reads a Java file's, from the tokens
 * alone: every placeholder of a literal ({@code @Value("\${orders.url}")}; Kotlin writes the {@code $} of a
 * placeholder escaped, {@code "${orders.url}"} being a string template, no placeholder), the prefix of a
 * {@code @ConfigurationProperties(prefix = "p")} or {@code @ConfigurationProperties("p")} (every key below it: the
 * properties of a Kotlin class are not told apart) and the key of {@code environment.getProperty("key")} and the
 * other getters {@link JavaConfigKeys} knows. Keys in canonical form, in file order.
 */
final class KotlinConfigKeys {

    private KotlinConfigKeys() {
    }

    static List<String> of(KotlinStringLiterals.Scanned scanned) {
        List<String> keys = new ArrayList<>();
        for (KotlinStringLiterals.Literal literal : scanned.literals()) {
            if (literal.value().contains("${")) {
                Placeholders.names(literal.value()).forEach(n -> keys.add(ConfigKeys.canonical(n)));
            }
        }
        for (KotlinAnnotations.Use use : KotlinAnnotations.of(scanned, "ConfigurationProperties")) {
            use.member("prefix").or(() -> use.member("value")).filter(p -> !p.isBlank())
                    .ifPresent(p -> keys.add(ConfigKeys.canonical(p)));
        }
        for (KotlinAnnotations.Use call : KotlinAnnotations.calls(scanned, JavaConfigKeys.GETTERS)) {
            call.member("value").filter(k -> !k.isBlank()).ifPresent(k -> keys.add(ConfigKeys.canonical(k)));
        }
        return keys;
    }
}
