package io.aiplatform.security.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code mvn help:describe -Ddetail} shows, read from the plugin descriptor that the build
 * generated: every goal is thread-safe, every parameter a user sets has a user property
 * {@code ai-security.<name>} and documentation, and no documentation speaks of a parameter that the
 * goal does not have.
 */
class PluginDescriptorTest {

    record Param(String name, String description, String expression, boolean editable) {
    }

    static final Map<String, Map<String, Param>> GOALS = new LinkedHashMap<>();
    static final Map<String, Boolean> THREAD_SAFE = new LinkedHashMap<>();
    static final Map<String, String> PHASE = new LinkedHashMap<>();
    static final Map<String, String> REQUIRES_PROJECT = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws Exception {
        Document doc;
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "the plugin descriptor (generated at process-classes)");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(in);
        }
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal");
            THREAD_SAFE.put(goal, "true".equals(child(mojo, "threadSafe")));
            PHASE.put(goal, child(mojo, "phase"));
            REQUIRES_PROJECT.put(goal, child(mojo, "requiresProject"));
            Map<String, String> expressions = new LinkedHashMap<>();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            if (configuration != null) {
                NodeList configured = configuration.getChildNodes();
                for (int j = 0; j < configured.getLength(); j++) {
                    if (configured.item(j) instanceof Element e) {
                        expressions.put(e.getTagName(), e.getTextContent().strip());
                    }
                }
            }
            Map<String, Param> params = new LinkedHashMap<>();
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                String name = child(p, "name");
                params.put(name, new Param(name, child(p, "description"), expressions.get(name),
                        "true".equals(child(p, "editable"))));
            }
            GOALS.put(goal, params);
        }
    }

    private static String child(Element e, String tag) {
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element c && c.getTagName().equals(tag)) {
                return c.getTextContent().strip();
            }
        }
        return null;
    }

    @Test
    void everyGoalIsThreadSafe() {
        assertTrue(GOALS.keySet().containsAll(List.of("generate-security", "generate", "validate-security", "validate",
                "rotate-keys-plan")), GOALS.keySet().toString());
        THREAD_SAFE.forEach((goal, safe) -> assertTrue(safe, goal + " is not threadSafe"));
    }

    @Test
    void theShortGoalsAreAliasesWithTheSameParameters() {
        assertEquals(GOALS.get("generate-security").keySet(), GOALS.get("generate").keySet());
        assertEquals(GOALS.get("validate-security").keySet(), GOALS.get("validate").keySet());
        assertEquals(PHASE.get("validate-security"), PHASE.get("validate"));
        assertEquals("verify", PHASE.get("validate"));
        assertEquals("false", REQUIRES_PROJECT.get("validate"), "ai-security:validate runs without a project, as validate-security does");
    }

    @Test
    void everyUserParameterHasAUserPropertyAndDocumentation() {
        List<String> wrong = new ArrayList<>();
        GOALS.forEach((goal, params) -> params.values().stream().filter(Param::editable)
                .filter(p -> !goal.equals("help"))
                .forEach(p -> {
                    if (p.expression() == null || !p.expression().startsWith("${ai-security." + p.name() + "}")) {
                        wrong.add(goal + " " + p.name() + ": user property " + p.expression());
                    }
                    if (p.description() == null || p.description().isBlank()) {
                        wrong.add(goal + " " + p.name() + ": no documentation");
                    }
                }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void documentationSpeaksOnlyOfParametersTheGoalHas() {
        Pattern other = Pattern.compile("\\b(check|checkDirectory|formats|encryptionProvider|manifestDirectories)\\b");
        List<String> wrong = new ArrayList<>();
        GOALS.forEach((goal, params) -> params.values().forEach(p -> {
            var m = other.matcher(p.description() == null ? "" : p.description());
            while (m.find()) {
                if (!params.containsKey(m.group(1))) {
                    wrong.add(goal + " " + p.name() + " mentions " + m.group(1) + ": " + p.description());
                }
            }
        }));
        assertEquals(List.of(), wrong);
        assertFalse(GOALS.get("rotate-keys-plan").containsKey("checkDirectory"), "rotate-keys-plan publishes nothing");
    }
}
