package io.github.camelmartech.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * Binds options to a context's component the way Camel Main does: through the component's generated configurer
 * (without it Camel guesses a configurer from the class name, and {@code GetResponseComponent} would be
 * "get-response"), every option mandatory, so a wrong name fails instead of being ignored. Kept apart from
 * {@link VendorSimulator} so the simulators load without Camel (the launcher has none).
 */
final class CamelBinding {

    private CamelBinding() {
    }

    static void bind(CamelContext context, String scheme, Map<String, String> options) {
        Component component = context.getComponent(scheme, true);
        if (component == null) {
            throw new IllegalStateException("no Camel component '" + scheme + "' on the class path: add camel-" + scheme);
        }
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withProperties(new LinkedHashMap<>(options)).withMandatory(true).bind();
    }

    /** Override properties are what Main reads last and what wins over its property files. */
    static CamelConfiguration overriding(Map<String, String> properties) {
        return new CamelConfiguration() {
            @Override
            public void configure(CamelContext context) {
                properties.forEach(context.getPropertiesComponent()::addOverrideProperty);
            }
        };
    }
}
