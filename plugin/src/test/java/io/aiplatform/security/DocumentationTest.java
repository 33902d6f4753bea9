package io.aiplatform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md stays short and true to CI, and it and the site's pages (plugin/src/site/markdown, which read on
 * GitHub as they are) link only to files and headings that exist.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("..");
    private static final Path README = ROOT.resolve("README.md");
    private static final Path PAGES = Path.of("src/site/markdown");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void theReadmeIsUnderTenKilobytes() throws IOException {
        long size = Files.size(README);
        assertTrue(size < 10 * 1024, "README.md is " + size + " bytes: move the reference into " + PAGES);
    }

    @Test
    void theReadmeGivesTheTestCommandThatCiRuns() throws IOException {
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        assertTrue(readme.contains("mvn -B verify"), "README.md gives the test command as a line of its own");
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(ci.contains("mvn -B -ntp verify"), ".ci/run runs the README's test command (with -ntp)");
    }

    @Test
    void everyRelativeLinkNamesAFileAndHeadingThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = m.group(1);
                if (!link.matches("[a-z]+:.*")) {
                    check(doc, link, broken);
                }
            }
        }
        assertEquals(List.of(), broken, "links that lead nowhere, on GitHub or in the site");
    }

    @Test
    void everyPageIsInTheSiteMenuAndOnTheIndexPage() throws IOException {
        String menu = Files.readString(Path.of("src/site/site.xml"), StandardCharsets.UTF_8);
        String index = Files.readString(PAGES.resolve("index.md"), StandardCharsets.UTF_8);
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (Path page : pages()) {
            String name = page.getFileName().toString().replaceFirst("\\.md$", "");
            assertTrue(menu.contains("href=\"" + name + ".html\""), name + " is not in site.xml's menu");
            if (!name.equals("index")) {
                assertTrue(index.contains("(" + name + ".md)"), name + " is not on index.md");
                assertTrue(readme.contains("(plugin/src/site/markdown/" + name + ".md)"), name + " is not linked from README.md");
            }
        }
    }

    private static void check(Path doc, String link, List<String> broken) throws IOException {
        String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
        Path target = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
            broken.add(doc + ": " + link + " (no file " + target + ")");
        } else if (anchor != null && !anchors(target).contains(anchor)) {
            broken.add(doc + ": " + link + " (no heading #" + anchor + " in " + target + ")");
        }
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        Matcher m = HEADING.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
            anchors.add(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(pages());
        docs.add(0, README);
        return docs;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(PAGES)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
        }
    }
}
