package io.aiplatform.security.core.derive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a data file of the client catalog ({@code io/aiplatform/security/core/catalog/<name>} in the
 * plugin jar): blank lines and {@code #} comments left out, each line split at its blanks.
 */
final class CatalogData {

    private static final String FOLDER = "/io/aiplatform/security/core/catalog/";

    private CatalogData() {
    }

    /** The fields of each line of {@code name}, in file order. */
    static List<String[]> lines(String name) {
        List<String[]> lines = new ArrayList<>();
        InputStream stream = CatalogData.class.getResourceAsStream(FOLDER + name);
        if (stream == null) {
            throw new IllegalStateException("the plugin's catalog file " + name + " is missing from its jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    lines.add(l.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The name the messages give a catalog file. */
    static String shown(String name) {
        return FOLDER + name;
    }
}
