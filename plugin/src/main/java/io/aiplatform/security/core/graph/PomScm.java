package io.aiplatform.security.core.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The repository addresses a POM's own {@code <scm>} gives ({@code connection}, {@code developerConnection},
 * {@code url}, as the POM reference defines them), as written: one inherited from a parent, or holding a
 * {@code ${…}} property, is not resolved here and names no repository. A POM that is absent, larger than 4 MiB or
 * not well-formed gives none (the build that reads the modules reports a broken POM).
 */
final class PomScm {

    private static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final List<String> ELEMENTS = List.of("connection", "developerConnection", "url");

    /** Fails on errors (the POM gives no address) and says nothing, as the build reports a broken POM itself. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private PomScm() {
    }

    /** One address of the {@code <scm>}: the element that gives it and its text. */
    record Address(String element, String value) {
    }

    /** Each address of {@code pom}'s own {@code <scm>}, in the order above. */
    static List<Address> of(Path pom) {
        Element scm = scm(pom);
        List<Address> found = new ArrayList<>();
        if (scm != null) {
            for (String name : ELEMENTS) {
                for (Node n = scm.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && name.equals(e.getLocalName()) && !e.getTextContent().isBlank()) {
                        found.add(new Address(name, e.getTextContent().strip()));
                    }
                }
            }
        }
        return found;
    }

    private static Element scm(Path pom) {
        try {
            if (!Files.isRegularFile(pom) || Files.size(pom) > MAX_BYTES) {
                return null;
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(SILENT); // the parser's own handler prints "[Fatal Error]" lines to stderr
            try (InputStream in = Files.newInputStream(pom)) {
                Element project = builder.parse(in).getDocumentElement();
                for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "scm".equals(e.getLocalName())) {
                        return e;
                    }
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
