package io.github.camelmartech.tooling.endpointdsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** How options are sorted into builders and written, on a small catalog JSON of a made-up component. */
class BuilderFactoryWriterTest {

    private static final String JSON = """
            {"component": {"scheme": "acme", "javaType": "com.example.AcmeComponent", "title": "Acme",
                           "description": "Talks to <Acme> & co.", "syntax": "acme:resource", "groupId": "com.example",
                           "artifactId": "camel-acme", "consumerOnly": false, "producerOnly": false},
             "properties": {
               "resource": {"kind": "path", "type": "enum", "javaType": "java.lang.String", "enum": ["things"],
                            "required": true, "description": "The resource."},
               "baseUrl": {"kind": "parameter", "type": "string", "javaType": "java.lang.String", "label": "common",
                           "group": "common", "description": "Where."},
               "onlyNew": {"kind": "parameter", "type": "boolean", "javaType": "boolean", "label": "consumer",
                           "group": "consumer", "defaultValue": true, "description": "Only new ones."},
               "bridgeErrorHandler": {"kind": "parameter", "type": "boolean", "javaType": "boolean",
                           "label": "consumer,advanced", "group": "consumer (advanced)", "description": "Bridge."},
               "senderId": {"kind": "parameter", "type": "string", "javaType": "java.lang.String",
                            "label": "producer", "group": "producer", "description": "Sender */ id."},
               "retryAfterMax": {"kind": "parameter", "type": "duration", "javaType": "long", "label": "advanced",
                                 "group": "advanced", "description": "Longest wait."},
               "schedulerProperties": {"kind": "parameter", "type": "object",
                            "javaType": "java.util.Map<java.lang.String, java.lang.Object>", "label": "consumer,scheduler",
                            "group": "scheduler", "prefix": "scheduler.", "multiValue": true, "description": "More."}},
             "headers": {"CamelAcmeThingId": {"kind": "header", "javaType": "String", "group": "common",
                                              "description": "The thing."}}}
            """;

    private final ComponentModel acme = read();
    private final String source = new BuilderFactoryWriter(acme, "com.example.dsl").write();

    @Test
    void optionsGoWhereTheirLabelSays() {
        assertThat(section("public interface AcmeEndpointConsumerBuilder", "public interface AdvancedAcmeEndpointConsumerBuilder"))
                .contains("baseUrl(String baseUrl)", "onlyNew(boolean onlyNew)", "onlyNew(String onlyNew)",
                        "schedulerProperties(String key, Object value)")
                .doesNotContain("senderId(", "bridgeErrorHandler(", "retryAfterMax(");
        assertThat(section("public interface AdvancedAcmeEndpointConsumerBuilder", "public interface AcmeEndpointProducerBuilder"))
                .contains("bridgeErrorHandler(boolean", "retryAfterMax(long").doesNotContain("onlyNew(");
        assertThat(section("public interface AcmeEndpointProducerBuilder", "public interface AdvancedAcmeEndpointProducerBuilder"))
                .contains("senderId(String senderId)", "baseUrl(String baseUrl)").doesNotContain("onlyNew(");
        assertThat(section("public interface AcmeEndpointBuilder\n", "public interface AdvancedAcmeEndpointBuilder\n"))
                .contains("AcmeEndpointBuilder baseUrl(String baseUrl)").doesNotContain("onlyNew(", "senderId(");
    }

    @Test
    void entryPointsHeadersAndJavadocAreWrittenSafely() {
        assertThat(source)
                .contains("default AcmeEndpointBuilder acme(String path) {",
                        "return AcmeEndpointBuilderFactory.endpointBuilder(\"acme\", path);",
                        "public String acmeThingId() {", "return \"CamelAcmeThingId\";",
                        "Talks to &lt;Acme&gt; &amp; co.", "Sender *&#47; id.",
                        "doSetMultiValueProperty(\"schedulerProperties\", \"scheduler.\" + key, value);")
                .doesNotContain("Sender */ id");
    }

    @Test
    void typeNamesComeFromTheComponentClass() {
        assertThat(acme.typePrefix()).isEqualTo("Acme");
        assertThat(BuilderFactoryWriter.sourceType("java.lang.String")).isEqualTo("String");
        assertThat(BuilderFactoryWriter.sourceType("java.util.concurrent.TimeUnit")).isEqualTo("java.util.concurrent.TimeUnit");
        assertThat(BuilderFactoryWriter.headerMethod("CamelGetResponseId")).isEqualTo("getResponseId");
    }

    private String section(String from, String to) {
        return source.substring(source.indexOf(from), source.indexOf(to));
    }

    private static ComponentModel read() {
        try {
            return ComponentModel.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
