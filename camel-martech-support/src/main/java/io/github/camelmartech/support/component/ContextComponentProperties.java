package io.github.camelmartech.support.component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.component.properties.PropertiesComponent;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;

/**
 * Applies the {@code camel.component.<name>.<option>} entries of the Camel context's initial and override
 * properties to a component, the way Camel Main applies its configuration.
 * <p>
 * Why: {@code camel.component.*} is Camel Main's convention (Spring Boot and Quarkus bind their own sources). A plain
 * {@code CamelContext}, which is what camel-test-junit5's {@code CamelTestSupport} runs, has no Main: the
 * properties given through {@code useOverridePropertiesWithPropertiesComponent()} or
 * {@code PropertiesComponent#setInitialProperties} only feed {@code {{placeholders}}}, and the component never
 * sees them. Only those two programmatic sets are read here (not property files, Spring's environment or
 * MicroProfile Config, which Main, the starters and Camel Quarkus bind themselves); under Main the same values
 * are bound twice, to the same result. Binding is strict like Main's: an unknown option fails naming its key.
 */
final class ContextComponentProperties {

    private ContextComponentProperties() {
    }

    /** Binds the entries for {@code component}'s default name; returns how many were bound. */
    static int bind(DefaultComponent component) {
        CamelContext context = component.getCamelContext();
        String prefix = "camel.component." + component.getDefaultName() + ".";
        if (!(context.getPropertiesComponent() instanceof PropertiesComponent properties)) {
            return 0; // a runtime with its own properties component binds its own sources
        }
        Map<String, Object> options = new LinkedHashMap<>();
        collect(properties.getInitialProperties(), prefix, options);
        collect(properties.getOverrideProperties(), prefix, options); // the override wins, as in Main
        if (options.isEmpty()) {
            return 0;
        }
        int count = options.size();
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withIgnoreCase(true).withMandatory(true)
                .withProperties(options).bind();
        return count;
    }

    private static void collect(Properties source, String prefix, Map<String, Object> into) {
        if (source == null) {
            return;
        }
        for (String key : source.stringPropertyNames()) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                // camel.component.apifon.api-token and ...apiToken are the same option, as in Main
                into.put(StringHelper.dashToCamelCase(key.substring(prefix.length())), source.getProperty(key));
            }
        }
    }
}
