package io.github.camelmartech.support.testing;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelmartech.support.json.MarTechModel;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.SensitiveUtils;
import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every model class of a component's model package must do, checked on a sample of each with every property
 * set ({@link ModelSamples}): be a {@link MarTechModel}; marshal with a plain {@code new ObjectMapper()} and with
 * Camel's {@code json} data format (camel-jackson, default settings) and read back to an equal object; convert to
 * its JSON with {@code convertBodyTo(String.class)}; and show its content, never a secret, in {@code toString()}.
 */
public final class ModelContract {

    private static final String MARSHAL = "direct:model-contract-marshal";
    private static final String TO_STRING = "direct:model-contract-string";

    private ModelContract() {
    }

    /** One test per model class of {@code packageName}, run through routes added to {@code context}. */
    public static Stream<DynamicTest> of(String packageName, CamelContext context) throws Exception {
        List<Class<?>> models = ModelSamples.modelsOf(packageName);
        assertThat(models).as("model classes of " + packageName).isNotEmpty();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(MARSHAL).marshal().json();
                from(TO_STRING).convertBodyTo(String.class);
            }
        });
        ProducerTemplate template = context.createProducerTemplate();
        return models.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> check(type, context,
                template)));
    }

    private static void check(Class<?> type, CamelContext context, ProducerTemplate template) throws Exception {
        assertThat(MarTechModel.class).as(type.getName() + " is a MarTechModel").isAssignableFrom(type);
        Object sample = ModelSamples.sample(type);
        assertThat(ModelSamples.sample(type)).as("equal samples are equal").isEqualTo(sample)
                .hasSameHashCodeAs(sample);

        ObjectMapper plain = new ObjectMapper();
        String json = plain.writeValueAsString(sample);
        assertThat(plain.readValue(json, type)).as("plain ObjectMapper round trip of " + json).isEqualTo(sample);

        byte[] marshalled = template.requestBody(MARSHAL, sample, byte[].class);
        JacksonDataFormat unmarshal = new JacksonDataFormat(type);
        unmarshal.setCamelContext(context);
        unmarshal.start();
        try {
            Exchange exchange = new DefaultExchange(context);
            Object read = unmarshal.unmarshal(exchange, new ByteArrayInputStream(marshalled));
            assertThat(read).as("Camel json data format round trip of " + new String(marshalled)).isEqualTo(sample);
        } finally {
            unmarshal.stop();
        }

        String converted = template.requestBody(TO_STRING, sample, String.class);
        assertThat(plain.readValue(converted, type)).as("convertBodyTo(String) is the JSON: " + converted)
                .isEqualTo(sample);

        String text = sample.toString();
        assertThat(text).as("toString of " + type.getSimpleName()).startsWith(type.getSimpleName())
                .doesNotContain(type.getSimpleName() + "@");
        for (String secret : sensitiveSampleValues(type, sample)) {
            assertThat(text).as("toString shows no secret").doesNotContain(secret);
        }
    }

    /** The sample's values of properties Camel considers sensitive by name (a subscriber's password, ...). */
    private static List<String> sensitiveSampleValues(Class<?> type, Object sample) throws Exception {
        List<String> values = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (SensitiveUtils.containsSensitive(component.getName())) {
                    values.add(String.valueOf(component.getAccessor().invoke(sample)));
                }
            }
            return values;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getName().startsWith("get") && getter.getParameterCount() == 0
                && SensitiveUtils.containsSensitive(getter.getName().substring(3))) {
                Object value = getter.invoke(sample);
                if (value != null) {
                    values.add(String.valueOf(value));
                }
            }
        }
        return values;
    }
}
