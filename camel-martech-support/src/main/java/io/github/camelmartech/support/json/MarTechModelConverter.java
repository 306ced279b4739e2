package io.github.camelmartech.support.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.Converter;

/**
 * Camel type converter from any {@link MarTechModel} to {@code String}: its JSON, so {@code convertBodyTo(String.class)}
 * and {@code ${bodyAs(String)}} give what the vendor's API speaks. Loaded by Camel through the generated
 * {@code MarTechModelConverterLoader} ({@code META-INF/services/org/apache/camel/TypeConverterLoader}).
 */
@Converter(generateLoader = true)
public final class MarTechModelConverter {

    private MarTechModelConverter() {
    }

    @Converter
    public static String toJson(MarTechModel model) throws JsonProcessingException {
        return MarTechJson.mapper().writeValueAsString(model);
    }
}
