package io.github.camelmartech.sandbox;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/** A Camel context whose vendor component points at a simulator, as a user's test would set it up. */
final class SandboxCamel {

    private SandboxCamel() {
    }

    static CamelContext context(String scheme, Map<String, String> componentOptions) {
        CamelContext context = new DefaultCamelContext();
        configure(context, scheme, componentOptions);
        return context;
    }

    static void configure(CamelContext context, String scheme, Map<String, String> componentOptions) {
        Component component = context.getComponent(scheme);
        // the component's own configurer, as Camel Main uses: without it Camel guesses the configurer from the class
        // name, and GetResponseComponent would be "get-response", not "getresponse"
        PropertyBindingSupport.build().withCamelContext(context).withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withProperties(new HashMap<>(componentOptions)).withMandatory(true).bind();
    }
}
