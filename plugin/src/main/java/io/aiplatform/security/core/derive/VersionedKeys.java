package io.aiplatform.security.core.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keys a framework reads in some of its versions only (catalog data: {@code framework-key-versions.txt}): Spring Boot
 * 3.0 reads Redis' connection under {@code spring.data.redis.*} where 2.x read {@code spring.redis.*}, so
 * {@code SPRING_REDIS_HOST} in a Boot 3 service's environment configures nothing. Versions are compared by their
 * numbers ({@code 3.0.0-M5} is 3.0).
 */
public final class VersionedKeys {

    /** A prefix (in its uniform form, split into elements; '*' any one) and the versions that read the keys below it. */
    private record Line(String framework, String prefix, List<String> elements, String since, String until,
                        String instead) {

        boolean covers(String uniformKey) {
            String[] key = uniformKey.split("\\.", -1);
            if (key.length < elements.size()) {
                return false;
            }
            for (int i = 0; i < elements.size(); i++) {
                String k = i == elements.size() - 1 ? key[i].replaceFirst("\\[.*$", "") : key[i];
                if (!elements.get(i).equals("*") && !elements.get(i).equals(k)) {
                    return false;
                }
            }
            return true;
        }

        boolean reads(String version) {
            return (since == null || compare(version, since) >= 0) && (until == null || compare(version, until) < 0);
        }
    }

    /** Whether a version of a framework reads a key, and why, in a sentence part. */
    public record Reading(boolean read, String why) {
    }

    private static final Map<String, String> NAMES = Map.of("spring-boot", "Spring Boot");

    private static final String FILE = "framework-key-versions.txt";

    private static final List<Line> LINES = load();

    private VersionedKeys() {
    }

    /** A framework as messages name it: "Spring Boot" for {@code spring-boot}, others by their catalog name. */
    static String frameworkName(String framework) {
        return NAMES.getOrDefault(framework, framework);
    }

    /**
     * How {@code framework} at {@code version} reads {@code key}: empty when the catalog says nothing of the key (it is
     * read as the other catalog files say); else whether it is read, and why ("spring.redis.host is not read by Spring
     * Boot 3.3.2 (spring.redis.* became spring.data.redis.* in 3.0)").
     */
    public static Optional<Reading> of(String framework, String version, String key) {
        String uniform = ConfigKeys.uniform(key);
        Line found = null;
        for (Line line : LINES) {
            if (line.framework().equals(framework) && line.covers(uniform)
                    && (found == null || line.elements().size() > found.elements().size())) {
                found = line;
            }
        }
        if (found == null || (found.since() == null && found.until() == null)) {
            return Optional.empty();
        }
        String name = frameworkName(framework) + " " + version;
        if (found.reads(version)) {
            return Optional.of(new Reading(true, "read by " + name));
        }
        return Optional.of(new Reading(false, key + " is not read by " + name + " (" + history(found, version) + ")"));
    }

    /**
     * Why {@code version} does not read the keys of {@code line}: it is older than the version that reads them first
     * ("management.zipkin.* is read from 3.0 on"), or the keys changed or went away before it ("spring.redis.* became
     * spring.data.redis.* in 3.0").
     */
    private static String history(Line line, String version) {
        String keys = line.prefix() + ".*";
        if (line.since() != null && compare(version, line.since()) < 0) {
            return keys + " is read from " + line.since() + " on" + (line.instead() == null || line.until() != null ? ""
                    : "; before, " + line.instead() + ".*");
        }
        return keys + (line.instead() == null ? " was removed in " + line.until()
                : " became " + line.instead() + ".* in " + line.until());
    }

    /** Compares two versions by their leading numbers: {@code 3.3.2} after {@code 3.0}, {@code 3.0.0-RC1} equal to it. */
    public static int compare(String a, String b) {
        List<Integer> x = numbers(a);
        List<Integer> y = numbers(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            int c = Integer.compare(i < x.size() ? x.get(i) : 0, i < y.size() ? y.get(i) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<Integer> numbers(String version) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : version.split("[.-]")) {
            if (!part.matches("\\d{1,9}")) {
                break;
            }
            numbers.add(Integer.parseInt(part));
        }
        return numbers;
    }

    private static List<Line> load() {
        List<Line> lines = new ArrayList<>();
        for (String[] parts : CatalogData.lines(FILE)) {
            if (parts.length != 5) {
                throw new IllegalStateException(CatalogData.shown(FILE) + ": expected framework, key prefix, since,"
                        + " until and instead: " + String.join(" ", parts));
            }
            List<String> elements = new ArrayList<>();
            for (String element : parts[1].split("\\.")) {
                elements.add(element.equals("*") ? "*" : ConfigKeys.uniform(element));
            }
            lines.add(new Line(parts[0], parts[1], List.copyOf(elements), dash(parts[2]), dash(parts[3]), dash(parts[4])));
        }
        return List.copyOf(lines);
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }
}
