package io.github.camelmartech.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import aQute.bnd.version.Version;

/**
 * What Karaf with camel-karaf 4.18.1's features provides to our bundles: the features it publishes (from
 * {@code camel-karaf-4.18.1-features.properties}), the Camel packages of the camel-core and camel-webhook features
 * (the Camel 4.18 jars those bundles wrap), the library versions it installs, and the JRE's packages.
 */
final class KarafPlatform {

    static final String CAMEL_KARAF = "4.18.1";
    static final String FEATURES_REPOSITORY = "mvn:org.apache.camel.karaf/apache-camel/" + CAMEL_KARAF + "/xml/features";
    /** camel-karaf 4.18.1's jackson feature and the lowest Jackson 2 our bundles were built for. */
    static final List<Version> JACKSON = List.of(Version.parseVersion("2.20.1"), Version.parseVersion("2.19.0"));
    /** Karaf 4.4's pax-logging exports SLF4J 2 (and the 1.7 API). */
    static final List<Version> SLF4J = List.of(Version.parseVersion("2.0.17"), Version.parseVersion("1.7.36"));

    private static final Properties FEATURES = load();

    private KarafPlatform() {
    }

    /** The versions of camel-karaf's feature {@code name}; empty when it publishes none. */
    static List<Version> featureVersions(String name) {
        String versions = FEATURES.getProperty(name);
        return versions == null ? List.of() : Arrays.stream(versions.split(",")).map(v -> Version.parseVersion(v.trim())).toList();
    }

    /** The Camel versions camel-karaf's bundles export their packages at, and the Camel we build with. */
    static List<Version> camelVersions() {
        return List.of(Version.parseVersion(CAMEL_KARAF), Version.parseVersion("4.18.0"));
    }

    /** The HttpClient 5 versions: camel-karaf 4.18.1's http-client feature and the oldest line we accept. */
    static List<Version> httpClientVersions() {
        return List.of(featureVersions("http-client").stream().filter(v -> v.getMajor() == 5).findFirst().orElseThrow(),
                Version.parseVersion(FEATURES.getProperty("http-client.oldest")));
    }

    static List<Version> httpCoreVersions() {
        return List.of(Version.parseVersion("5.3.6"), Version.parseVersion(FEATURES.getProperty("httpcore.oldest")));
    }

    /**
     * The packages of the Camel jars that camel-karaf's camel-core and camel-webhook features install, as far as
     * they are on the test class path (camel-core-engine's and camel-webhook's jars): a package of another Camel
     * jar counts as missing, so an import from it fails the test rather than passing unchecked.
     */
    static Set<String> camelPackages() {
        Set<String> packages = new TreeSet<>();
        for (String feature : List.of("camel-core", "camel-webhook")) {
            for (String artifactId : FEATURES.getProperty("bundles." + feature).split(",")) {
                Artifacts.find("org.apache.camel", artifactId.trim()).ifPresent(jar -> packages.addAll(jar.packages()));
            }
        }
        return packages;
    }

    /** The packages the JRE (Karaf's system bundle) provides. */
    static Set<String> jrePackages() {
        Set<String> packages = new TreeSet<>();
        ModuleLayer.boot().modules().forEach(module -> packages.addAll(module.getPackages()));
        return packages;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = KarafPlatform.class.getResourceAsStream("/camel-karaf-4.18.1-features.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
