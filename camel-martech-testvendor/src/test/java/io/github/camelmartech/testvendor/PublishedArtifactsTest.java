package io.github.camelmartech.testvendor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's publishing rules, read from the POMs: every module that is deployed is in camel-martech-bom, no
 * internal one (maven.deploy.skip) is, and the BOM, which has no parent, carries the reactor's version and the
 * metadata Maven Central requires. A module added to the build
 * fails here until the BOM lists it or it is marked internal.
 */
class PublishedArtifactsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBomListsExactlyThePublishedModulesAtTheReactorVersion() throws Exception {
        Document parent = parse(ROOT.resolve("pom.xml"));
        Set<String> published = new TreeSet<>();
        Set<String> internal = new TreeSet<>();
        collect(ROOT, published, internal);
        Document bom = parse(ROOT.resolve("camel-martech-bom/pom.xml"));
        Set<String> managed = new TreeSet<>(texts(child(bom.getDocumentElement(), "dependencyManagement"),
                "dependencies", "dependency", "artifactId"));

        assertThat(managed).isEqualTo(published);
        assertThat(internal).contains("camel-martech-testvendor", "camel-martech-examples", "benchmarks")
                .doesNotContainAnyElementsOf(managed);
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(text(parent.getDocumentElement(), "version"));
        assertThat(text(bom.getDocumentElement(), "parent")).isNull();
        for (String required : List.of("url", "licenses", "developers", "scm")) {
            assertThat(child(bom.getDocumentElement(), required)).as("the BOM's %s", required).isNotNull();
            assertThat(child(parent.getDocumentElement(), required)).as("the parent's %s", required).isNotNull();
        }
    }

    /**
     * Sorts the modules under {@code dir} (recursively through aggregators such as {@code starters}) into published
     * artifacts and internal ones. An aggregator or parent (packaging pom) is deployed for its children to resolve,
     * but is not an artifact users import, so the BOM does not list it.
     */
    private static void collect(Path dir, Set<String> published, Set<String> internal) throws Exception {
        Document aggregator = parse(dir.resolve("pom.xml"));
        for (String module : texts(aggregator.getDocumentElement(), "modules", "module")) {
            Path moduleDir = dir.resolve(module);
            Element pom = parse(moduleDir.resolve("pom.xml")).getDocumentElement();
            String artifactId = text(pom, "artifactId");
            boolean skipped = "true".equals(text(pom, "properties", "maven.deploy.skip"));
            if ("pom".equals(text(pom, "packaging"))) {
                collect(moduleDir, published, internal);
            } else if (!"camel-martech-bom".equals(artifactId)) {
                (skipped ? internal : published).add(artifactId);
            }
        }
    }

    @Test
    void theLicenceIsApache2() throws Exception {
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        Document parent = parse(ROOT.resolve("pom.xml"));
        assertThat(texts(parent.getDocumentElement(), "licenses", "license", "name")).containsExactly("Apache-2.0");
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The direct child element of that name, or null. */
    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    /** The text at a path of direct children, or null. */
    private static String text(Element from, String... path) {
        Element current = from;
        for (String name : path) {
            current = child(current, name);
        }
        return current == null ? null : current.getTextContent().trim();
    }

    /** The texts of every element at a path whose last step repeats. */
    private static List<String> texts(Element from, String... path) {
        List<Element> level = new ArrayList<>(List.of(from));
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element element : level) {
                if (element == null) {
                    continue;
                }
                NodeList children = element.getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return level.stream().map(e -> e.getTextContent().trim()).toList();
    }
}
