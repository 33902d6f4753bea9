package io.aiplatform.security.core.support;

/** Hostile YAML for the readers' tests: texts of a few hundred bytes whose aliases expand to billions of values. */
public final class YamlBombs {

    private YamlBombs() {
    }

    /**
     * The billion-laughs shape: {@code a: &a [x, x, …]}, then each key a list naming the one before
     * {@code width} times; {@code levels} keys after the first. 16 levels of 3 use 48 aliases, about 700
     * bytes, and stand for 3^16 (43 million) lists.
     */
    public static String laughs(int levels, int width) {
        StringBuilder yaml = new StringBuilder("l0: &l0 [" + "x, ".repeat(width - 1) + "x]\n");
        for (int level = 1; level <= levels; level++) {
            yaml.append('l').append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < width; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    /** The 48-alias bomb of the trial (16 levels of 3). */
    public static String laughs() {
        return laughs(16, 3);
    }
}
