package io.aiplatform.security.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures README.md states about a build (its summary line, "ai-security: 17 services, 40 connections;
 * 80 manifests in …/ai-platform/target/ai-security/manifests") are the ones that build printed, so that they
 * cannot drift: for the verify.groovy hook scripts.
 */
public final class ReadmeFigures {

    /** The summary line as README.md quotes it: the figures, then the folder (shortened with an ellipsis). */
    private static final Pattern QUOTED = Pattern.compile("ai-security: ([^`\\n]+?) in ([^`\\s]+)");
    /** The summary line as generate-security prints it. */
    private static final Pattern PRINTED = Pattern.compile("(?m)ai-security: (\\d+ services?, \\d+ connections?; \\d+ manifests?) in (\\S+)$");

    private ReadmeFigures() {
    }

    /**
     * README.md (of the repository above {@code basedir}) quotes the summary line of the manifests folder that
     * ends in {@code folder} with the figures that {@code basedir}'s build.log printed for it.
     */
    public static void statedAsPrinted(File basedir, String folder) throws IOException {
        Path readme = repositoryRoot(basedir.toPath()).resolve("README.md");
        String stated = stated(Files.readString(readme, StandardCharsets.UTF_8), folder);
        List<String> printed = printed(Files.readString(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8), folder);
        if (printed.isEmpty()) {
            throw new AssertionError("build.log prints no summary line for " + folder);
        }
        for (String p : printed) {
            if (!p.equals(stated)) {
                throw new AssertionError(readme + " says '" + stated + "' for " + folder + ", but the build printed '" + p
                        + "': correct the README");
            }
        }
    }

    /** The figures README.md's text gives for {@code folder}; exactly one quote must name it. */
    static String stated(String readme, String folder) {
        List<String> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(readme);
        while (m.find()) {
            if (m.group(2).endsWith("/" + folder)) {
                found.add(m.group(1));
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("README.md should quote one summary line for …/" + folder + ", it quotes " + found);
        }
        return found.get(0);
    }

    /** The figures of every summary line the log printed for {@code folder}. */
    static List<String> printed(String log, String folder) {
        List<String> found = new ArrayList<>();
        Matcher m = PRINTED.matcher(log);
        while (m.find()) {
            if (m.group(2).endsWith("/" + folder)) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** The folder of the repository: the first above {@code dir} that holds README.md and plugin/pom.xml. */
    static Path repositoryRoot(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isRegularFile(d.resolve("plugin/pom.xml"))) {
                return d;
            }
        }
        throw new AssertionError("no repository with README.md and plugin/pom.xml above " + dir);
    }
}
