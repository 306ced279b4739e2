package io.github.camelmartech.karaf;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelmartech.accengage.AccengageComponent;
import io.github.camelmartech.affelios.AffeliosComponent;
import io.github.camelmartech.apifon.ApifonComponent;
import io.github.camelmartech.apsis.ApsisComponent;
import io.github.camelmartech.getresponse.GetResponseComponent;
import io.github.camelmartech.support.component.MarTechComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles' manifests, resolved on paper against Karaf with camel-karaf 4.18.1: every Import-Package of the
 * support bundle, the component bundles and the third-party bundles our features add is provided there (by the
 * Camel jars of camel-core/camel-webhook, Jackson, HttpClient 5, pax-logging's SLF4J, the JRE or our own exports)
 * at a version its range accepts, including the oldest versions we claim (Camel 4.18.0, HttpClient 5.4).
 */
class BundleImportsTest {

    static final Map<String, Artifacts> OUR_BUNDLES = Map.of(
            "camel-martech-support", Artifacts.of(MarTechComponent.class), "camel-apifon", Artifacts.of(ApifonComponent.class),
            "camel-apsis", Artifacts.of(ApsisComponent.class), "camel-getresponse", Artifacts.of(GetResponseComponent.class),
            "camel-accengage", Artifacts.of(AccengageComponent.class), "camel-affelios", Artifacts.of(AffeliosComponent.class));

    private static final Set<String> CAMEL = KarafPlatform.camelPackages();
    private static final Set<String> JRE = KarafPlatform.jrePackages();

    @ParameterizedTest
    @ValueSource(strings = {"camel-martech-support", "camel-apifon", "camel-apsis", "camel-getresponse", "camel-accengage",
                            "camel-affelios"})
    void ourBundleIsABundleWhoseEveryImportKarafProvides(String artifactId) {
        Artifacts bundle = OUR_BUNDLES.get(artifactId);
        assertThat(bundle.header("Bundle-SymbolicName")).isEqualTo("io.github.camelmartech." + artifactId);
        assertThat(bundle.header("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(exports(bundle).keySet()).as("every package is exported").containsExactlyInAnyOrderElementsOf(bundle.packages());

        assertEveryImportIsProvided(bundle);
    }

    @Test
    void theJacksonModulesOurFeaturesAddResolveOnCamelKarafsJackson() {
        assertEveryImportIsProvided(Artifacts.of(JavaTimeModule.class));
        assertEveryImportIsProvided(Artifacts.of(CsvMapper.class));
    }

    @Test
    void camelsPackagesWereFound() {
        assertThat(CAMEL).contains("org.apache.camel", "org.apache.camel.spi", "org.apache.camel.support",
                "org.apache.camel.util", "org.apache.camel.component.webhook");
    }

    private static void assertEveryImportIsProvided(Artifacts bundle) {
        Parameters imports = new Parameters(bundle.header("Import-Package"));
        assertThat(imports.keySet()).isNotEmpty();
        imports.forEach((name, attrs) -> {
            String pkg = name;
            if ("optional".equals(attrs.get("resolution:"))) {
                return;
            }
            VersionRange range = range(attrs);
            String what = bundle.location().getFileName() + " imports " + pkg + " " + range;
            List<Version> offered = offered(pkg);
            assertThat(offered).as(what + ": nothing in Karaf with camel-karaf " + KarafPlatform.CAMEL_KARAF + " exports it")
                    .isNotEmpty();
            assertThat(offered).as(what).allSatisfy(version -> assertThat(range.includes(version))
                    .as(what + " excludes " + version).isTrue());
        });
    }

    /** The versions at which Karaf with camel-karaf offers {@code pkg}: each must satisfy an import of it. */
    private static List<Version> offered(String pkg) {
        if (pkg.startsWith("java.") || JRE.contains(pkg)) {
            return JRE.contains(pkg) ? List.of(Version.LOWEST) : List.of();
        }
        if (pkg.startsWith("org.apache.camel")) {
            return CAMEL.contains(pkg) ? KarafPlatform.camelVersions() : List.of();
        }
        if (pkg.startsWith("com.fasterxml.jackson.")) {
            return KarafPlatform.JACKSON;
        }
        if (pkg.startsWith("org.apache.hc.client5.")) {
            return KarafPlatform.httpClientVersions();
        }
        if (pkg.startsWith("org.apache.hc.core5.")) {
            return KarafPlatform.httpCoreVersions();
        }
        if (pkg.startsWith("org.slf4j")) {
            return KarafPlatform.SLF4J;
        }
        return OUR_BUNDLES.values().stream().map(BundleImportsTest::exports).filter(exports -> exports.containsKey(pkg))
                .map(exports -> exports.get(pkg)).toList();
    }

    private static Map<String, Version> exports(Artifacts bundle) {
        Map<String, Version> exports = new TreeMap<>();
        new Parameters(bundle.header("Export-Package")).forEach((name, attrs) ->
                exports.put(name, Version.parseVersion(attrs.getVersion())));
        return exports;
    }

    private static VersionRange range(Attrs attrs) {
        String version = attrs.getVersion();
        return version == null ? new VersionRange("0") : new VersionRange(version);
    }
}
