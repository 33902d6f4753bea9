package io.aiplatform.security.core.derive;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Spring Boot's legacy environment-variable form of a property: besides the documented form with the dashes
 * removed ({@code RETAILSTORE_APIGATEWAYURL} for {@code retailstore.api-gateway-url}), its environment property
 * source also finds the property in the variable whose name has both dots and dashes turned into underscores
 * ({@code RETAILSTORE_API_GATEWAY_URL}). Such a variable cannot be mapped to a property by its name alone (an
 * underscore parts the elements or the words), so it is looked up among the keys the configuration already has.
 */
public final class LegacyVariableNames {

    /** The configuration's keys (as written) by their legacy variable form, lower case; only keys with dashes. */
    private final Map<String, String> keysByLegacyName = new TreeMap<>();

    /** The legacy names of the keys among {@code properties}' values whose canonical form has a dash. */
    public LegacyVariableNames(Iterable<ConfigValue> properties) {
        for (ConfigValue v : properties) {
            String canonical = ConfigKeys.canonical(v.key());
            if (canonical.indexOf('-') >= 0 && canonical.indexOf('"') < 0) {
                keysByLegacyName.putIfAbsent(legacyName(canonical), v.key());
            }
        }
    }

    /** The legacy variable name of a canonical key, lower case: dots, dashes and brackets as underscores. */
    static String legacyName(String canonicalKey) {
        return canonicalKey.replace("[", "_").replace("]", "").replace('.', '_').replace('-', '_');
    }

    /**
     * The key (as the configuration writes it) that the variable {@code name} sets in its legacy form; the
     * variable may be given as written ({@code RETAILSTORE_API_GATEWAY_URL}) or already mapped to a property
     * ({@code retailstore.api.gateway.url}).
     */
    public Optional<String> keyOf(String name) {
        if (name.indexOf('-') >= 0) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(keysByLegacyName.get(legacyName(lower)));
    }
}
