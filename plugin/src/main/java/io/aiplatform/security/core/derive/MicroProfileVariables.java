package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Environment variables as MicroProfile Config (and so Quarkus) maps them to properties: a property
 * {@code customer/mp-rest/url} is also looked up as {@code customer_mp_rest_url} and {@code CUSTOMER_MP_REST_URL}
 * (every character that is not a letter or digit becomes {@code _}, then upper case), so a deployment's
 * {@code CUSTOMER_MP_REST_URL} overrides the file's {@code customer/mp-rest/url}, and
 * {@code QUARKUS_MONGODB_CONNECTION_STRING} the file's {@code quarkus.mongodb.connection-string}: names Spring's
 * relaxed binding ({@link ConfigKeys#ofVariable}) cannot reach. MicroProfile maps the name as the file writes it, and
 * keys are kept in their canonical form, which parts camelCase words ({@code shop.ProductClient/mp-rest/url} is kept as
 * {@code shop.product-client/mp-rest/url}): so a variable that fits no key's variable is also compared with the
 * letters and digits alone ({@code SHOP_PRODUCTCLIENT_MP_REST_URL}), when exactly one key of the file fits it so.
 */
public final class MicroProfileVariables {

    private MicroProfileVariables() {
    }

    /** The environment variable MicroProfile Config reads for {@code property}. */
    public static String nameOf(String property) {
        StringBuilder out = new StringBuilder(property.length());
        for (int i = 0; i < property.length(); i++) {
            char c = property.charAt(i);
            out.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return out.toString();
    }

    /** The letters and digits of {@code name}, upper case: how a variable and a key compare when their separators differ. */
    private static String lettersOf(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /**
     * {@code variables} and, after them, each variable again under the key of the property of {@code config} it
     * overrides by MicroProfile's mapping (where that is another key than its own), its evidence naming the variable.
     */
    public static List<ConfigValue> mapped(List<ConfigValue> variables, ModuleConfiguration config) {
        Map<String, ConfigValue> byVariable = new HashMap<>();
        Map<String, List<ConfigValue>> byLetters = new HashMap<>();
        for (ConfigValue p : config.properties().values()) {
            byVariable.putIfAbsent(nameOf(p.key()), p);
            byLetters.computeIfAbsent(lettersOf(p.key()), k -> new ArrayList<>()).add(p);
        }
        List<ConfigValue> out = new ArrayList<>(variables);
        Map<String, ConfigValue> overrides = new LinkedHashMap<>();
        for (ConfigValue v : variables) {
            ConfigValue property = byVariable.get(nameOf(v.key()));
            List<ConfigValue> fitting = byLetters.getOrDefault(lettersOf(v.key()), List.of());
            if (property == null && fitting.size() == 1) {
                property = fitting.get(0);
            }
            if (property != null && !ConfigKeys.same(property.key(), v.key())
                    && !ConfigKeys.same(property.key(), ConfigKeys.ofVariable(v.key()))) {
                overrides.put(property.key(), new ConfigValue(property.key(), v.value(), v.file(), v.line(),
                        v.origin() != null ? v.origin() : nameOf(v.key()), v.secret()));
            }
        }
        out.addAll(overrides.values());
        return out;
    }
}
