package io.aiplatform.security.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parameter tables of the site's pages (goals.md for generate-security and validate-security, rotation.md for
 * what rotate-keys-plan adds) list exactly the goals' parameters, each with its user property, as the plugin
 * descriptor that maven-plugin-plugin wrote from the Mojos has them.
 */
class ParameterDocumentationTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Pattern NAME = Pattern.compile("`([A-Za-z]+)`");
    private static final Pattern PROPERTY = Pattern.compile("`ai-security\\.([A-Za-z]+)`");

    @Test
    void goalsPageListsTheParametersOfGenerateAndValidate() throws Exception {
        Map<String, String> documented = new TreeMap<>(parameters("generate-security"));
        documented.putAll(parameters("validate-security"));
        assertEquals(documented, tableRows("goals.md"), "parameter -> user property: the Mojos' and goals.md's");
    }

    @Test
    void rotationPageListsWhatRotateKeysPlanAdds() throws Exception {
        Map<String, String> added = new TreeMap<>(parameters("rotate-keys-plan"));
        added.keySet().removeAll(parameters("generate-security").keySet());
        assertEquals(added, tableRows("rotation.md"), "parameter -> user property: rotate-keys-plan's own and rotation.md's");
    }

    /** The editable parameters of {@code goal} with their user property (none: empty). */
    private static Map<String, String> parameters(String goal) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals(goal)) {
                return editable(mojo);
            }
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    private static Map<String, String> editable(Element mojo) {
        Map<String, String> params = new TreeMap<>();
        Element parameters = (Element) mojo.getElementsByTagName("parameters").item(0);
        NodeList list = parameters.getElementsByTagName("parameter");
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            if (text(p, "editable").equals("true")) {
                String name = text(p, "name");
                NodeList conf = configuration.getElementsByTagName(name);
                String expression = conf.getLength() == 0 ? "" : conf.item(0).getTextContent();
                params.put(name, expression.replaceAll("^\\$\\{ai-security\\.(.*)}$", "$1"));
            }
        }
        return params;
    }

    /**
     * The parameter table rows of a page: each name of the first cell with the property the second cell gives
     * it ("`kmsName`, `kmsEndpoint` | `ai-security.kmsName`, …" gives each name its own property).
     */
    private static Map<String, String> tableRows(String page) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/site/markdown", page), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("| `") || cells.length < 3) {
                continue;
            }
            Set<String> properties = new TreeSet<>();
            Matcher p = PROPERTY.matcher(cells[2]);
            while (p.find()) {
                properties.add(p.group(1));
            }
            Matcher n = NAME.matcher(cells[1]);
            while (n.find()) {
                String name = n.group(1);
                boolean ownProperty = properties.contains(name) || cells[2].contains("…");
                rows.put(name, ownProperty ? name : String.join(",", properties));
            }
        }
        return rows;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
