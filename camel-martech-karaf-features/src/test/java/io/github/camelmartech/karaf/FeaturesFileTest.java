package io.github.camelmartech.karaf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import javax.xml.parsers.DocumentBuilderFactory;

import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features file as built (filtered): it builds on camel-karaf 4.18.1's repository, every feature it depends on
 * is its own or one camel-karaf publishes in a version its range accepts, every bundle is one of ours at this
 * version or a Jackson module whose jar is an OSGi bundle, and each vendor has a feature.
 */
class FeaturesFileTest {

    private static final String NS = "http://karaf.apache.org/xmlns/features/v1.6.0";
    private static final String PROJECT_VERSION = "0.1.0-SNAPSHOT";

    private static Element features;
    private static final Map<String, Element> OURS = new LinkedHashMap<>();

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = FeaturesFileTest.class.getResourceAsStream("/features.xml")) {
            Document document = factory.newDocumentBuilder().parse(in);
            features = document.getDocumentElement();
        }
        for (Element feature : children(features, "feature")) {
            OURS.put(feature.getAttribute("name"), feature);
        }
    }

    @Test
    void itBuildsOnCamelKarafsFeaturesRepository() {
        assertThat(features.getNamespaceURI()).isEqualTo(NS);
        assertThat(children(features, "repository")).extracting(Node::getTextContent)
                .containsExactly(KarafPlatform.FEATURES_REPOSITORY);
        assertThat(OURS.keySet()).containsExactlyInAnyOrder("camel-martech-support", "camel-apifon", "camel-apsis",
                "camel-getresponse", "camel-accengage", "camel-affelios", "camel-martech");
        assertThat(OURS.values()).allSatisfy(feature -> assertThat(feature.getAttribute("version")).isEqualTo(PROJECT_VERSION));
    }

    @Test
    void everyFeatureDependedOnIsOursOrCamelKarafsInARangeThatAcceptsIt() {
        List<String> checked = new ArrayList<>();
        for (Element feature : OURS.values()) {
            for (Element dependency : children(feature, "feature")) {
                String name = dependency.getTextContent().trim();
                String version = dependency.getAttribute("version");
                if (OURS.containsKey(name)) {
                    assertThat(version).as(name).isEqualTo(PROJECT_VERSION);
                } else {
                    List<Version> published = KarafPlatform.featureVersions(name);
                    assertThat(published).as(name + " is not a camel-karaf " + KarafPlatform.CAMEL_KARAF + " feature").isNotEmpty();
                    VersionRange range = new VersionRange(version);
                    assertThat(published).as(name + " " + version).anySatisfy(v -> assertThat(range.includes(v)).isTrue());
                }
                checked.add(name);
            }
        }
        assertThat(checked).contains("camel-core", "camel-webhook", "jackson", "http-client");
    }

    @Test
    void everyBundleIsOursAtThisVersionOrAJacksonModuleBundle() throws Exception {
        List<String> ours = new ArrayList<>();
        for (Element feature : OURS.values()) {
            for (Element bundle : children(feature, "bundle")) {
                String[] gav = bundle.getTextContent().trim().substring("mvn:".length()).split("/");
                if (gav[0].equals("io.github.camelmartech")) {
                    assertThat(gav[2]).isEqualTo(PROJECT_VERSION);
                    assertThat(BundleImportsTest.OUR_BUNDLES).containsKey(gav[1]);
                    assertThat(bundle.getAttribute("dependency")).isNotEqualTo("true");
                    ours.add(gav[1]);
                } else {
                    assertThat(gav[0]).startsWith("com.fasterxml.jackson.");
                    Artifacts jar = Artifacts.find(gav[0], gav[1]).orElseThrow();
                    try (JarFile file = new JarFile(jar.location().toFile())) {
                        assertThat(file.getManifest().getMainAttributes().getValue("Bundle-Version")).isEqualTo(gav[2]);
                    }
                    assertThat(jar.header("Bundle-SymbolicName")).as(gav[1] + " is an OSGi bundle").isNotBlank();
                    assertThat(bundle.getAttribute("dependency")).isEqualTo("true");
                }
            }
        }
        assertThat(ours).containsExactlyInAnyOrderElementsOf(BundleImportsTest.OUR_BUNDLES.keySet());
    }

    @Test
    void camelMartechInstallsEveryVendor() {
        assertThat(children(OURS.get("camel-martech"), "feature")).extracting(Node::getTextContent)
                .containsExactlyInAnyOrder("camel-apifon", "camel-apsis", "camel-getresponse", "camel-accengage", "camel-affelios");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && NS.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }
}
